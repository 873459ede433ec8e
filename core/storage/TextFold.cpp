#include "storage/TextFold.h"

#include <cstdint>
#include <cstring>

namespace rapport {

QString foldText(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        switch (ch.unicode()) {
        case 0x0142: // ł
        case 0x0141: // Ł
            out += QLatin1Char('l');
            continue;
        case 0x0111: // đ
        case 0x0110:
            out += QLatin1Char('d');
            continue;
        case 0x00F8: // ø
        case 0x00D8:
            out += QLatin1Char('o');
            continue;
        case 0x00DF: // ß
            out += QStringLiteral("ss");
            continue;
        case 0x00E6: // æ
        case 0x00C6:
            out += QStringLiteral("ae");
            continue;
        case 0x0153: // œ
        case 0x0152:
            out += QStringLiteral("oe");
            continue;
        case 0x0131: // dotless ı
            out += QLatin1Char('i');
            continue;
        case 0x03C2: // final sigma
            out += QChar(0x03C3);
            continue;
        case 0x064A: // Arabic yeh -> Persian yeh
        case 0x0649:
            out += QChar(0x06CC);
            continue;
        case 0x0643: // Arabic kaf -> Persian keheh
            out += QChar(0x06A9);
            continue;
        case 0x200C: // zero-width non-joiner
            out += QLatin1Char(' ');
            continue;
        default:
            break;
        }
        const QString lower = QString(ch).toCaseFolded();
        for (const QChar l : lower)
            out += l.unicode() == 0x03C2 ? QChar(0x03C3) : l;
    }
    return out;
}

namespace {

// The folded UTF-8 of every character of two UTF-8 bytes (U+0080 to U+07FF: Latin-1 and Latin Extended,
// Greek, Cyrillic, Arabic and Persian), made once by foldText itself. Folding works character by character
// (NFKD only decomposes, and the combining marks it could reorder are all dropped), so looking a character up
// here gives what foldText gives for it inside any text. Each is kept in eight bytes, so that writing one
// is a single fixed-size copy.
class TwoByteFolds {
public:
    struct Folded {
        char bytes[8] = {};
        unsigned char size = 0;
        bool fits = true; // at most maxFoldedSize bytes; the few that are not go through foldText
    };
    static constexpr size_t maxFoldedSize = 6; // and so within the copy's eight bytes

    TwoByteFolds() {
        for (char32_t c = 0x80; c < 0x800; ++c) {
            const QByteArray folded = foldText(QString::fromUcs4(&c, 1)).toUtf8();
            Folded& entry = m_folded[c - 0x80];
            entry.fits = static_cast<size_t>(folded.size()) <= maxFoldedSize;
            if (entry.fits) {
                std::memcpy(entry.bytes, folded.constData(), static_cast<size_t>(folded.size()));
                entry.size = static_cast<unsigned char>(folded.size());
            }
        }
    }
    const Folded& operator[](char32_t c) const { return m_folded[c - 0x80]; }

private:
    Folded m_folded[0x800 - 0x80];
};

} // namespace

std::string foldUtf8(std::string_view utf8) {
    static const TwoByteFolds twoByte;
    const size_t size = utf8.size();
    // Written through a pointer, then cut to size: appending byte by byte cost ~30 instructions a byte, most
    // of the search build's folding. Folding seldom makes text longer, so there is room for as many bytes as
    // come in, and slack for the eight-byte copies; a character that folds longer makes more room first.
    constexpr size_t slack = sizeof(TwoByteFolds::Folded::bytes);
    std::string out(size + slack, '\0');
    char* write = out.data();
    for (size_t at = 0; at < size;) {
        const auto c = static_cast<unsigned char>(utf8[at]);
        if (c < 0x80) {
            // Eight ASCII bytes at a time where they are all ASCII: each byte from 'A' to 'Z' gets 0x20.
            while (at + 8 <= size) {
                std::uint64_t word = 0;
                std::memcpy(&word, utf8.data() + at, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                const std::uint64_t aboveZ = word + 0x2525252525252525ULL; // high bit set from 'Z' + 1
                const std::uint64_t fromA = word + 0x3f3f3f3f3f3f3f3fULL;  // high bit set from 'A'
                word |= ((fromA ^ aboveZ) & 0x8080808080808080ULL) >> 2;
                std::memcpy(write, &word, 8);
                write += 8;
                at += 8;
            }
            for (; at < size && static_cast<unsigned char>(utf8[at]) < 0x80; ++at) {
                const char ascii = utf8[at];
                *write++ = (ascii >= 'A' && ascii <= 'Z') ? static_cast<char>(ascii - 'A' + 'a') : ascii;
            }
            continue;
        }
        const auto next = at + 1 < size ? static_cast<unsigned char>(utf8[at + 1]) : 0;
        if (c >= 0xC2 && c < 0xE0 && (next & 0xC0) == 0x80) {
            const TwoByteFolds::Folded& folded =
                twoByte[static_cast<char32_t>(((c & 0x1F) << 6) | (next & 0x3F))];
            if (folded.fits) {
                const size_t written = static_cast<size_t>(write - out.data());
                if (written + folded.size + (size - at - 2) + slack > out.size()) { // longer than it came in
                    out.resize(out.size() * 2 + slack);
                    write = out.data() + written;
                }
                std::memcpy(write, folded.bytes, sizeof folded.bytes);
                write += folded.size;
                at += 2;
                continue;
            }
        }
        // Anything else (three- and four-byte characters, broken sequences): the rest through Qt, which
        // folds Hangul and other decompositions that span characters, and replaces broken bytes.
        const std::string_view rest = utf8.substr(at);
        out.resize(static_cast<size_t>(write - out.data()));
        out += foldText(QString::fromUtf8(rest.data(), static_cast<qsizetype>(rest.size()))).toStdString();
        return out;
    }
    out.resize(static_cast<size_t>(write - out.data()));
    return out;
}

std::string joinTransformed(const std::vector<std::string_view>& parts,
                            std::string (*transform)(std::string_view)) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += ' ';
        out += transform(parts[i]);
    }
    return out;
}

std::string foldJoin(const std::vector<std::string_view>& parts) {
    return joinTransformed(parts, &foldUtf8);
}

std::string phoneDigits(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c >= '0' && c <= '9')
            out += c;
        else if (c == ';' || c == ',' || c == '\n')
            out += ' ';
    }
    return out;
}

} // namespace rapport
