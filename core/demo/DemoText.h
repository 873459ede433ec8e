#pragma once

#include <QtGlobal>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Small helpers for the demo-data generator: a deterministic random source, fast date formatting into
// std::string buffers, digit patterns, transliteration to ASCII and plausible tax identifiers.
namespace rapport::demo {

// Deterministic on every platform: only the engine is used (std::uniform_int_distribution differs between
// standard libraries, so it is avoided).
class Rng final {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    qint64 range(qint64 low, qint64 high) {
        return low + static_cast<qint64>(below(static_cast<quint64>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    template <typename T> const T& pick(std::span<const T> items) { return items[below(items.size())]; }
    template <typename T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_engine;
};

inline constexpr qint64 secondsPerDay = 86400;

qint64 daysFromCivil(int year, int month, int day);
// "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm:ssZ" of a time in seconds since the Unix epoch (UTC).
void appendDate(std::string& out, qint64 seconds);
void appendDateTime(std::string& out, qint64 seconds);
void appendNumber(std::string& out, qint64 value);
// Copies pattern, replacing '#' by a random digit and '@' by a random capital letter.
void appendPattern(std::string& out, Rng& rng, std::string_view pattern);
// Lower-case ASCII letters and digits only: "Łukasz" → "lukasz", "Παπαδοπούλου" → "papadopoulou",
// "Фёдоров" → "fedorov". Characters of other scripts are dropped.
std::string asciiWord(std::string_view text);
// A plausible, checksum-valid tax identifier for the country of the locale code (NIP, ΑΦΜ, ИНН, CIF/NIF, VAT,
// شناسه ملی/کد ملی). Returns false (and appends nothing) when the customer has none.
bool appendTaxId(std::string& out, Rng& rng, std::string_view locale, bool organisation);

} // namespace rapport::demo
