#pragma once

struct sqlite3;

namespace rapport {

// For a long bulk job (sample data, a large import) on a connection that is the only one open on its file:
// switches the journal from WAL to a rollback journal for the length of the job, so that the job's new pages
// are written once, into the file, instead of into the WAL first and then again by the checkpoint. The job is
// just as atomic: a crash leaves a hot journal that the next open rolls back. When another connection has the
// file open (the desktop program's own, beside its worker), SQLite refuses the switch and the job runs in WAL
// as usual. Must be made outside a transaction; the destructor switches back to WAL.
class BulkJournal final {
public:
    explicit BulkJournal(sqlite3* db);
    ~BulkJournal();
    BulkJournal(const BulkJournal&) = delete;
    BulkJournal& operator=(const BulkJournal&) = delete;

    bool switched() const { return m_switched; }

private:
    sqlite3* m_db;
    bool m_switched = false;
};

} // namespace rapport
