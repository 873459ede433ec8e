#pragma once

#include <QtGlobal>
#include <string>

struct sqlite3;

namespace rapport {

// Sets a numeric connection PRAGMA (cache_size, threads, ...) for as long as it lives, then puts the
// connection's previous value back. The PRAGMA name and value are made by the program, never taken from
// outside (a PRAGMA takes no bound parameters).
class PragmaGuard final {
public:
    PragmaGuard(sqlite3* db, std::string pragma, qint64 value);
    ~PragmaGuard();
    PragmaGuard(const PragmaGuard&) = delete;
    PragmaGuard& operator=(const PragmaGuard&) = delete;

private:
    void set(qint64 value);
    sqlite3* m_db;
    std::string m_pragma;
    qint64 m_previous = 0;
    bool m_known = false;
};

} // namespace rapport
