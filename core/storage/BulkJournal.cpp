#include "storage/BulkJournal.h"

#include "storage/Statement.h"

#include <sqlite3.h>

namespace rapport {
namespace {

QString journalMode(sqlite3* db, const char* sql) {
    Statement mode(db, sql);
    return mode.next() ? mode.text(0).toLower() : QString();
}

} // namespace

BulkJournal::BulkJournal(sqlite3* db) : m_db(db) {
    if (sqlite3_get_autocommit(db) == 0 || journalMode(db, "PRAGMA journal_mode") != u"wal")
        return;
    m_switched = journalMode(db, "PRAGMA journal_mode = DELETE") == u"delete";
}

BulkJournal::~BulkJournal() {
    if (m_switched)
        journalMode(m_db, "PRAGMA journal_mode = WAL");
}

} // namespace rapport
