#include "analytics/JulianDay.h"

namespace rapport::analytics {
namespace {

// The number of `count` digits at `at`, or -1.
int digits(std::string_view text, size_t at, size_t count) {
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Milliseconds of the Julian day as SQLite's computeJD() makes them, for the canonical forms only.
std::optional<qint64> canonicalJulianMs(std::string_view text) {
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int hour = 0, minute = 0;
    double seconds = 0;
    bool hasTime = false;
    size_t at = 10;
    if (at < text.size()) {
        if (text[at] != 'T')
            return std::nullopt;
        hour = digits(text, at + 1, 2);
        minute = digits(text, at + 4, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text[at + 3] != ':')
            return std::nullopt;
        hasTime = true;
        at += 6;
        if (at < text.size() && text[at] == ':') {
            const int whole = digits(text, at + 1, 2);
            if (whole < 0 || whole > 59)
                return std::nullopt;
            at += 3;
            // Fractions as SQLite reads them: digits into a double, divided by the scale.
            double fraction = 0.0;
            if (at + 1 < text.size() && text[at] == '.' && text[at + 1] >= '0' && text[at + 1] <= '9') {
                double scale = 1.0;
                for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
                    fraction = fraction * 10.0 + double(text[at] - '0');
                    scale *= 10.0;
                }
                fraction /= scale;
            }
            seconds = double(whole) + fraction;
        }
        if (at < text.size() && text[at] == 'Z')
            ++at;
        if (at != text.size())
            return std::nullopt;
    }
    int y = year, m = month;
    if (m <= 2) {
        --y;
        m += 12;
    }
    const int a = y / 100;
    const int b = 2 - a + (a / 4);
    const int x1 = 36525 * (y + 4716) / 100;
    const int x2 = 306001 * (m + 1) / 10000;
    qint64 ms = qint64((x1 + x2 + day + b - 1524.5) * 86400000);
    if (hasTime)
        ms += hour * 3600000 + minute * 60000 + qint64(seconds * 1000.0 + 0.5);
    return ms;
}

} // namespace

JulianDays::JulianDays(sqlite3* db) : m_sqlite(db, "SELECT julianday(?)") {}

std::optional<double> JulianDays::of(std::string_view text) {
    if (const std::optional<qint64> ms = canonicalJulianMs(text))
        return double(*ms) / 86400000.0;
    m_sqlite.reset();
    m_sqlite.bindText(1, text);
    if (!m_sqlite.next() || m_sqlite.isNull(0))
        return std::nullopt;
    return m_sqlite.real(0);
}

} // namespace rapport::analytics
