#pragma once

#include "storage/Statement.h"

#include <optional>
#include <string_view>

namespace rapport::analytics {

// SQLite's julianday() of a date-time text, without a call into SQL for each value. The ISO forms Rapport
// stores (YYYY-MM-DD, optionally followed by THH:MM, :SS, .fractions and Z) are computed here with the
// integer arithmetic of SQLite's date.c (milliseconds since the epoch of the Julian day, then divided), so
// the result is the same double; any other text is handed to SQLite's own julianday(). Empty when SQLite
// would say NULL. tests/core/test_analytics_dashboard.cpp checks it against SQLite value for value.
class JulianDays final {
public:
    explicit JulianDays(sqlite3* db);
    std::optional<double> of(std::string_view text);

private:
    Statement m_sqlite; // SELECT julianday(?)
};

} // namespace rapport::analytics
