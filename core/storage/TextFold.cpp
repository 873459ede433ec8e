#include "storage/TextFold.h"

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
// here gives what foldText gives for it inside any text.
class TwoByteFolds {
public:
    TwoByteFolds() {
        for (char32_t c = 0x80; c < 0x800; ++c) {
            const QByteArray folded = foldText(QString::fromUcs4(&c, 1)).toUtf8();
            m_folded[c - 0x80] = std::string(folded.constData(), static_cast<size_t>(folded.size()));
        }
    }
    const std::string& operator[](char32_t c) const { return m_folded[c - 0x80]; }

private:
    std::string m_folded[0x800 - 0x80];
};

} // namespace

std::string foldUtf8(std::string_view utf8) {
    static const TwoByteFolds twoByte;
    std::string out;
    out.reserve(utf8.size());
    const size_t size = utf8.size();
    for (size_t at = 0; at < size;) {
        const auto c = static_cast<unsigned char>(utf8[at]);
        if (c < 0x80) {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            ++at;
            continue;
        }
        const auto next = at + 1 < size ? static_cast<unsigned char>(utf8[at + 1]) : 0;
        if (c >= 0xC2 && c < 0xE0 && (next & 0xC0) == 0x80) {
            out += twoByte[static_cast<char32_t>(((c & 0x1F) << 6) | (next & 0x3F))];
            at += 2;
            continue;
        }
        // Anything else (three- and four-byte characters, broken sequences): the rest through Qt, which
        // folds Hangul and other decompositions that span characters, and replaces broken bytes.
        const std::string_view rest = utf8.substr(at);
        out += foldText(QString::fromUtf8(rest.data(), static_cast<qsizetype>(rest.size()))).toStdString();
        break;
    }
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
