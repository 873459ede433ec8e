#include "demo/DemoText.h"

#include "storage/TextFold.h"

#include <QString>
#include <array>

namespace rapport::demo {
namespace {

void civilFromDays(qint64 z, int* year, int* month, int* day) {
    // Howard Hinnant's algorithm: days since 1970-01-01 to a proleptic Gregorian date.
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    *year = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = static_cast<int>(m);
    *day = static_cast<int>(d);
}

void appendTwo(std::string& out, int value) {
    out += static_cast<char>('0' + value / 10);
    out += static_cast<char>('0' + value % 10);
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

void appendDigitArray(std::string& out, std::span<const int> digits) {
    for (const int d : digits)
        out += static_cast<char>('0' + d);
}

std::string_view cyrillic(char16_t c) {
    static constexpr std::array<std::string_view, 32> table{
        "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
    if (c >= 0x0430 && c <= 0x044F)
        return table[c - 0x0430];
    if (c == 0x0451) // ё
        return "e";
    return {};
}

std::string_view greek(char16_t c, char16_t previous, char16_t following) {
    switch (c) {
    case u'α':
        return "a";
    case u'β':
        return "v";
    case u'γ':
        return (following == u'γ' || following == u'κ' || following == u'χ') ? "n" : "g";
    case u'δ':
        return "d";
    case u'ε':
        return "e";
    case u'ζ':
        return "z";
    case u'η':
        return "i";
    case u'θ':
        return "th";
    case u'ι':
        return "i";
    case u'κ':
        return "k";
    case u'λ':
        return "l";
    case u'μ':
        return "m";
    case u'ν':
        return "n";
    case u'ξ':
        return "x";
    case u'ο':
        return "o";
    case u'π':
        return "p";
    case u'ρ':
        return "r";
    case u'σ':
        return "s";
    case u'τ':
        return "t";
    case u'υ':
        return previous == u'ο' ? "u" : (previous == u'α' || previous == u'ε') ? "v" : "y";
    case u'φ':
        return "f";
    case u'χ':
        return "ch";
    case u'ψ':
        return "ps";
    case u'ω':
        return "o";
    default:
        return {};
    }
}

} // namespace

qint64 daysFromCivil(int year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void appendDate(std::string& out, qint64 seconds) {
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(seconds, secondsPerDay), &year, &month, &day);
    appendTwo(out, year / 100);
    appendTwo(out, year % 100);
    out += '-';
    appendTwo(out, month);
    out += '-';
    appendTwo(out, day);
}

void appendDateTime(std::string& out, qint64 seconds) {
    appendDate(out, seconds);
    const int second = static_cast<int>(seconds - floorDiv(seconds, secondsPerDay) * secondsPerDay);
    out += 'T';
    appendTwo(out, second / 3600);
    out += ':';
    appendTwo(out, second / 60 % 60);
    out += ':';
    appendTwo(out, second % 60);
    out += 'Z';
}

void appendNumber(std::string& out, qint64 value) {
    if (value < 0) {
        out += '-';
        value = -value;
    }
    char buffer[24];
    int length = 0;
    do {
        buffer[length++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (length > 0)
        out += buffer[--length];
}

void appendPattern(std::string& out, Rng& rng, std::string_view pattern) {
    static constexpr std::string_view letters = "ABDEFGHJLNPQRSTUWXYZ";
    for (const char c : pattern) {
        if (c == '#')
            out += static_cast<char>('0' + rng.below(10));
        else if (c == '@')
            out += letters[rng.below(letters.size())];
        else
            out += c;
    }
}

std::string asciiWord(std::string_view text) {
    const QString lower = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower();
    // Greek and Latin lose their accents through foldText; Cyrillic keeps й and ё apart from и and е.
    std::u16string chars;
    for (const QChar ch : lower) {
        const char16_t c = ch.unicode();
        if ((c >= 0x0400 && c <= 0x04FF)) {
            chars += c;
            continue;
        }
        for (const QChar folded : foldText(QString(ch)))
            chars += folded.unicode();
    }
    std::string out;
    for (size_t i = 0; i < chars.size(); ++i) {
        const char16_t c = chars[i];
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += static_cast<char>(c);
        } else if (c >= 0x0400 && c <= 0x04FF) {
            out += cyrillic(c);
        } else {
            const char16_t previous = i > 0 ? chars[i - 1] : 0;
            const char16_t following = i + 1 < chars.size() ? chars[i + 1] : 0;
            out += greek(c == u'ς' ? u'σ' : c, previous, following);
        }
    }
    return out;
}

bool appendTaxId(std::string& out, Rng& rng, std::string_view locale, bool organisation) {
    std::array<int, 12> d{};
    auto fill = [&](int count) {
        for (int i = 0; i < count; ++i)
            d[i] = static_cast<int>(rng.below(10));
        if (d[0] == 0)
            d[0] = 1 + static_cast<int>(rng.below(9));
    };
    if (locale == "pl") { // NIP
        if (!organisation && !rng.chance(30))
            return false;
        static constexpr std::array<int, 9> weights{6, 5, 7, 2, 3, 4, 5, 6, 7};
        int check = 10;
        while (check == 10) {
            fill(9);
            int sum = 0;
            for (int i = 0; i < 9; ++i)
                sum += d[i] * weights[i];
            check = sum % 11;
        }
        d[9] = check;
        for (int i = 0; i < 10; ++i) {
            if (i == 3 || i == 6 || i == 8)
                out += '-';
            out += static_cast<char>('0' + d[i]);
        }
        return true;
    }
    if (locale == "el") { // ΑΦΜ
        if (!organisation && !rng.chance(60))
            return false;
        fill(8);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += d[i] << (8 - i);
        d[8] = sum % 11 % 10;
        appendDigitArray(out, std::span(d).first(9));
        return true;
    }
    if (locale == "ru") { // ИНН: 10 digits for organisations, 12 for people
        if (!organisation && !rng.chance(40))
            return false;
        static constexpr std::array<int, 11> w{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
        auto check = [&](int count, int offset) {
            int sum = 0;
            for (int i = 0; i < count; ++i)
                sum += d[i] * w[i + offset];
            return sum % 11 % 10;
        };
        if (organisation) {
            fill(9);
            d[9] = check(9, 2);
            appendDigitArray(out, std::span(d).first(10));
        } else {
            fill(10);
            d[10] = check(10, 1);
            d[11] = check(11, 0);
            appendDigitArray(out, std::span(d).first(12));
        }
        return true;
    }
    if (locale == "es") { // CIF for companies, NIF for people
        if (!organisation && !rng.chance(60))
            return false;
        if (organisation) {
            fill(7);
            int sum = 0;
            for (int i = 0; i < 7; ++i) {
                const int v = i % 2 == 0 ? d[i] * 2 : d[i];
                sum += v / 10 + v % 10;
            }
            d[7] = (10 - sum % 10) % 10;
            out += 'B';
            appendDigitArray(out, std::span(d).first(8));
        } else {
            static constexpr std::string_view letters = "TRWAGMYFPDXBNJZSQVHLCKE";
            const qint64 number = static_cast<qint64>(rng.below(100000000));
            const size_t before = out.size();
            appendNumber(out, number);
            out.insert(before, 8 - (out.size() - before), '0');
            out += letters[static_cast<size_t>(number % 23)];
        }
        return true;
    }
    if (locale == "en") { // VAT registration number, companies only
        if (!organisation)
            return false;
        fill(7);
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += d[i] * (8 - i);
        const int check = (97 - sum % 97) % 97;
        out += "GB";
        appendDigitArray(out, std::span(d).first(7));
        appendTwo(out, check);
        return true;
    }
    if (locale == "fa") { // شناسه ملی (11 digits) or کد ملی (10 digits with a check digit)
        if (!organisation && !rng.chance(50))
            return false;
        if (organisation) {
            out += "10";
            fill(9);
            appendDigitArray(out, std::span(d).first(9));
        } else {
            fill(9);
            int sum = 0;
            for (int i = 0; i < 9; ++i)
                sum += d[i] * (10 - i);
            const int r = sum % 11;
            d[9] = r < 2 ? r : 11 - r;
            appendDigitArray(out, std::span(d).first(10));
        }
        return true;
    }
    return false;
}

} // namespace rapport::demo
