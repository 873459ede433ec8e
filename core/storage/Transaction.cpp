#include "storage/Transaction.h"

#include "storage/Statement.h"

#include <sqlite3.h>

namespace rapport {
namespace {
Status run(sqlite3* db, const char* sql) {
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status::success() : Status::failure(describeSqliteError(db, rc));
}
} // namespace

Transaction::Transaction(sqlite3* db) : m_db(db) {
    m_nested = sqlite3_get_autocommit(db) == 0;
    m_status = run(db, m_nested ? "SAVEPOINT rapport_nested" : "BEGIN IMMEDIATE");
    m_active = m_status.ok();
}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return m_status.ok() ? Status::failure(QStringLiteral("transaction is not active")) : m_status;
    m_status = run(m_db, m_nested ? "RELEASE rapport_nested" : "COMMIT");
    if (!m_status.ok()) {
        rollback();
        return m_status;
    }
    m_active = false;
    return m_status;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    if (m_nested) {
        run(m_db, "ROLLBACK TO rapport_nested");
        run(m_db, "RELEASE rapport_nested");
    } else if (sqlite3_get_autocommit(m_db) == 0) {
        run(m_db, "ROLLBACK");
    }
}

} // namespace rapport
