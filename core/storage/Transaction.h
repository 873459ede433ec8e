#pragma once

#include "util/Status.h"

struct sqlite3;

namespace rapport {

// Commits on commit(), rolls back on any early exit. Nested guards become savepoints, so a service can call
// another service inside its own transaction and still be all-or-nothing.
class Transaction final {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }
    Status commit();
    void rollback();

private:
    sqlite3* m_db;
    bool m_nested = false;
    bool m_active = false;
    Status m_status;
};

} // namespace rapport
