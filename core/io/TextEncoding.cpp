#include "io/TextEncoding.h"

#include <QStringDecoder>
#include <algorithm>
#include <cmath>

namespace rapport {

namespace {

enum class Script { Latin, Cyrillic, Greek, Arabic, Other };

// A legacy code page and the letters that make text in it plausible. `common` holds the letters its
// languages use most (they score double); other letters of its script score single.
struct LegacyCandidate {
    const char* name;
    Script script;
    const char16_t* common;
};

// Order matters on ties: the more widely used code page wins when two decode a sample identically.
constexpr LegacyCandidate legacyCandidates[] = {
    {"windows-1252", Script::Latin, u"áéíóúñüçàèìòùâêîôûäëïöÁÉÍÓÚÑÜÇÀÈÂÊÔÄÖßãõÃÕœŒ"},
    {"windows-1250", Script::Latin, u"ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžýáíéúČĎĚŇŘŠŤŮŽÝÁÍÉÚőűöüŐŰÖÜ"},
    {"windows-1251", Script::Cyrillic, u"оеаинтсрвлкмдпуяыьгзбчйхжшюАБВГДЕИКЛМНОПРСТ"},
    {"windows-1253", Script::Greek, u"αεοιτνσςρηπκμλυάέίόήύώΑΕΟΙΤΝΣΡΗΠΚΜΛΥΆΈΊΌΉΎΏ"},
    {"windows-1256", Script::Arabic, nullptr},
    {"ISO-8859-15", Script::Latin, u"áéíóúñüçàèìòùâêîôûäëïöÁÉÍÓÚÑÜÇÀÈÂÊÔÄÖßãõÃÕœŒ"},
    {"ISO-8859-2", Script::Latin, u"ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžýáíéúČĎĚŇŘŠŤŮŽÝÁÍÉÚőűöüŐŰÖÜ"},
    {"ISO-8859-5", Script::Cyrillic, u"оеаинтсрвлкмдпуяыьгзбчйхжшюАБВГДЕИКЛМНОПРСТ"},
    {"ISO-8859-7", Script::Greek, u"αεοιτνσςρηπκμλυάέίόήύώΑΕΟΙΤΝΣΡΗΠΚΜΛΥΆΈΊΌΉΎΏ"},
    {"ISO-8859-6", Script::Arabic, nullptr},
    {"ISO-8859-1", Script::Latin, u"áéíóúñüçàèìòùâêîôûäëïöÁÉÍÓÚÑÜÇÀÈÂÊÔÄÖßãõÃÕ"},
};

struct NameAndLabel {
    const char* name;
    const char* label; // translated through TextEncoding::tr
};

constexpr NameAndLabel encodingLabels[] = {
    {"UTF-8", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Unicode (UTF-8)")},
    {"UTF-16LE", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Unicode (UTF-16 little-endian)")},
    {"UTF-16BE", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Unicode (UTF-16 big-endian)")},
    {"windows-1252", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Western European (Windows-1252)")},
    {"ISO-8859-1", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Western European (ISO-8859-1)")},
    {"ISO-8859-15", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Western European with euro (ISO-8859-15)")},
    {"windows-1250", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Central European (Windows-1250)")},
    {"ISO-8859-2", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Central European (ISO-8859-2)")},
    {"windows-1251", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Cyrillic (Windows-1251)")},
    {"ISO-8859-5", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Cyrillic (ISO-8859-5)")},
    {"windows-1253", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Greek (Windows-1253)")},
    {"ISO-8859-7", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Greek (ISO-8859-7)")},
    {"windows-1256", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Arabic and Persian (Windows-1256)")},
    {"ISO-8859-6", QT_TRANSLATE_NOOP("rapport::TextEncoding", "Arabic (ISO-8859-6)")},
};

struct Alias {
    const char* alias;
    const char* name;
};

constexpr Alias aliases[] = {
    {"utf8", "UTF-8"},           {"utf-16", "UTF-16LE"},      {"utf16le", "UTF-16LE"},
    {"utf16be", "UTF-16BE"},     {"cp1250", "windows-1250"},  {"cp1251", "windows-1251"},
    {"cp1252", "windows-1252"},  {"cp1253", "windows-1253"},  {"cp1256", "windows-1256"},
    {"latin1", "ISO-8859-1"},    {"latin-1", "ISO-8859-1"},   {"latin2", "ISO-8859-2"},
    {"latin-2", "ISO-8859-2"},   {"latin9", "ISO-8859-15"},   {"latin-9", "ISO-8859-15"},
    {"iso8859-1", "ISO-8859-1"}, {"iso8859-2", "ISO-8859-2"}, {"iso8859-5", "ISO-8859-5"},
    {"iso8859-6", "ISO-8859-6"}, {"iso8859-7", "ISO-8859-7"}, {"iso8859-15", "ISO-8859-15"},
};

Script scriptOf(char32_t c) {
    if (c < 0x250)
        return Script::Latin;
    if (c >= 0x370 && c < 0x400)
        return Script::Greek;
    if (c >= 0x400 && c < 0x530)
        return Script::Cyrillic;
    if ((c >= 0x600 && c < 0x700) || (c >= 0xFB50 && c < 0xFF00))
        return Script::Arabic;
    return Script::Other;
}

// Punctuation and signs real text in these languages uses; everything else outside ASCII is suspicious.
bool isCommonSign(char16_t c) {
    static constexpr char16_t signs[] = u"\u00A0«»„“”‘’‚–—…€°·§№¿¡،؛؟٫٪×•™©®\u200C\u200D";
    return std::char_traits<char16_t>::find(signs, std::size(signs) - 1, c) != nullptr;
}

// Plausibility of `text` (decoded with `candidate`); only non-ASCII characters and their neighbours count,
// since ASCII reads the same in every candidate.
double plausibility(const QString& text, const LegacyCandidate& candidate) {
    double score = 0;
    const qsizetype commonLength =
        candidate.common ? qsizetype(std::char_traits<char16_t>::length(candidate.common)) : 0;
    QChar previous;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80) {
            if (c == QChar::ReplacementCharacter || (c >= 0x80 && c < 0xA0) ||
                ch.category() == QChar::Other_NotAssigned) {
                score -= 10;
            } else if (ch.isLetter()) {
                const Script script = scriptOf(c);
                if (candidate.script == Script::Arabic && script == Script::Arabic)
                    score += 2;
                else if (candidate.common &&
                         std::char_traits<char16_t>::find(candidate.common, size_t(commonLength), c))
                    score += 2;
                else if (script == candidate.script)
                    score += 0.5;
                else
                    score -= 1;
                if (previous.isLetter()) {
                    // A word that switches script, or turns to upper case in its middle, is a misreading.
                    const Script previousScript = scriptOf(previous.unicode());
                    if (previousScript != script && previous.unicode() >= 0x80)
                        score -= 3;
                    if (ch.isUpper() && previous.isLower())
                        score -= 3;
                    if (candidate.script == Script::Greek && previous.unicode() == 0x03C2)
                        score -= 4; // final sigma inside a word
                }
            } else if (ch.isMark()) {
                score += candidate.script == Script::Arabic ? 1 : -1; // Arabic vowel signs (harakat)
            } else if (isCommonSign(c)) {
                if ((c == u'¿' || c == u'¡') && previous.isLetter())
                    score -= 3;
            } else {
                score -= 3;
            }
        } else if (ch.isLetter() && previous.unicode() >= 0x80 && previous.isLetter()) {
            // ASCII letters glued to letters of a non-Latin script.
            if (scriptOf(previous.unicode()) != Script::Latin)
                score -= 3;
            else if (ch.isUpper() && previous.isLower())
                score -= 3;
            // Spanish ñ is followed by a vowel, Polish ń hardly ever: the byte 0xF1 is one or the other.
            const bool vowel = QStringView(u"aeiouAEIOU").contains(ch);
            if ((previous == QChar(u'ń') || previous == QChar(u'Ń')) && vowel)
                score -= 2;
            if ((previous == QChar(u'ñ') || previous == QChar(u'Ñ')) && !vowel)
                score -= 2;
        }
        previous = ch;
    }
    return score;
}

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    return true;
}

} // namespace

int TextEncoding::byteOrderMark(QByteArrayView bytes, QByteArray* encoding) {
    QByteArray name;
    int length = 0;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        name = "UTF-8";
        length = 3;
    } else if (startsWith(bytes, {0xFF, 0xFE})) {
        name = "UTF-16LE";
        length = 2;
    } else if (startsWith(bytes, {0xFE, 0xFF})) {
        name = "UTF-16BE";
        length = 2;
    }
    if (encoding)
        *encoding = name;
    return length;
}

bool TextEncoding::isAscii(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    unsigned char any = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        any |= p[i];
    return (any & 0x80) == 0;
}

bool TextEncoding::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length;
        char32_t minimum;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return false;
        }
        char32_t code = b & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowTruncatedEnd;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool TextEncoding::looksBinary(QByteArrayView sample) {
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F)
            ++controls;
    }
    // Text has next to no control characters; a few stray ones are tolerated.
    return controls > 8 && controls * 100 > sample.size();
}

TextEncoding::Detection TextEncoding::detect(QByteArrayView sample) {
    Detection result;
    QByteArray bomEncoding;
    if (const int bom = byteOrderMark(sample, &bomEncoding)) {
        result.name = bomEncoding;
        result.bomLength = bom;
        result.confidence = 1.0;
        result.alternatives = {{bomEncoding, 1.0}};
        return result;
    }

    // UTF-16 without a byte-order mark: mostly-ASCII text leaves a NUL in every other byte.
    const qsizetype pairs = sample.size() / 2;
    if (pairs >= 8) {
        qsizetype evenNuls = 0, oddNuls = 0;
        for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
            evenNuls += sample[i] == '\0';
            oddNuls += sample[i + 1] == '\0';
        }
        const auto utf16 = [&](qsizetype nuls, qsizetype others) {
            return nuls * 10 > pairs * 3 && others * 20 < pairs;
        };
        if (utf16(oddNuls, evenNuls) || utf16(evenNuls, oddNuls)) {
            result.name = oddNuls > evenNuls ? "UTF-16LE" : "UTF-16BE";
            result.confidence = 0.9;
            result.alternatives = {{result.name, 0.9}};
            return result;
        }
    }

    if (looksBinary(sample)) {
        result.binary = true;
        result.name = "UTF-8";
        result.confidence = 0;
        return result;
    }
    if (isAscii(sample) || isValidUtf8(sample, true)) {
        result.name = "UTF-8";
        result.confidence = isAscii(sample) ? 1.0 : 0.99;
        result.alternatives = {{result.name, result.confidence}};
        return result;
    }

    struct Scored {
        QByteArray name;
        double total;
        QString text;
    };
    QList<Scored> scored;
    for (const LegacyCandidate& candidate : legacyCandidates) {
        QStringDecoder decoder(candidate.name);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(sample);
        const double score = plausibility(text, candidate);
        // Two code pages that read the sample identically are one choice: keep the more common one.
        const bool duplicate =
            std::any_of(scored.cbegin(), scored.cend(), [&](const Scored& s) { return s.text == text; });
        if (!duplicate)
            scored.append({candidate.name, score, text});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored& a, const Scored& b) { return a.total > b.total; });

    // Evidence accumulates over the sample: the confidences are a softmax over the total scores, so one
    // character that only one code page reads sensibly already decides between two near-twins.
    double sum = 0;
    QList<double> weights;
    for (const Scored& s : scored) {
        weights.append(std::exp(0.5 * (s.total - scored.front().total)));
        sum += weights.back();
    }
    for (qsizetype i = 0; i < scored.size(); ++i)
        result.alternatives.append({scored[i].name, weights[i] / sum});
    if (!result.alternatives.isEmpty()) {
        result.name = result.alternatives.front().name;
        result.confidence = result.alternatives.front().confidence;
    } else {
        result.name = "UTF-8";
    }
    return result;
}

QList<QByteArray> TextEncoding::supportedEncodings() {
    QList<QByteArray> names;
    for (const NameAndLabel& entry : encodingLabels)
        names.append(entry.name);
    return names;
}

QString TextEncoding::displayName(const QByteArray& name) {
    const QByteArray canonical = canonicalName(name);
    for (const NameAndLabel& entry : encodingLabels)
        if (canonical == entry.name)
            return tr(entry.label);
    return QString::fromLatin1(name);
}

QByteArray TextEncoding::canonicalName(const QByteArray& name) {
    const QByteArray trimmed = name.trimmed();
    for (const NameAndLabel& entry : encodingLabels)
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.name;
    for (const Alias& alias : aliases)
        if (trimmed.compare(alias.alias, Qt::CaseInsensitive) == 0)
            return alias.name;
    if (trimmed.compare("us-ascii", Qt::CaseInsensitive) == 0 ||
        trimmed.compare("ascii", Qt::CaseInsensitive) == 0)
        return "UTF-8"; // ASCII is a subset of UTF-8
    return {};
}

bool TextEncoding::isSupported(const QByteArray& name) {
    return !canonicalName(name).isEmpty();
}

} // namespace rapport
