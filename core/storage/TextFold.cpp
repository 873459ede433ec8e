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

std::string foldUtf8(std::string_view utf8) {
    bool ascii = true;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        std::string out(utf8);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    return foldText(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))).toStdString();
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
