#include "storage/PragmaGuard.h"

#include "storage/Statement.h"

namespace rapport {

PragmaGuard::PragmaGuard(sqlite3* db, std::string pragma, qint64 value)
    : m_db(db), m_pragma(std::move(pragma)) {
    Statement current(m_db, "PRAGMA " + m_pragma);
    if (current.next()) {
        m_previous = current.int64(0);
        m_known = true;
    }
    set(value);
}

PragmaGuard::~PragmaGuard() {
    if (m_known)
        set(m_previous);
}

void PragmaGuard::set(qint64 value) {
    Statement(m_db, "PRAGMA " + m_pragma + " = " + std::to_string(value)).exec();
}

} // namespace rapport
