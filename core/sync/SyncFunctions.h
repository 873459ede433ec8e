#pragma once

#include "util/Status.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>
#include <map>
#include <memory>

struct sqlite3;

namespace rapport {
class Statement;
}

namespace rapport::sync {

class SyncSchema;

// Registers the per-connection SQL functions the change-capture triggers call:
//   rapport_sync_capture()    1 while this connection records its changes, 0 while sync applies a package
//   rapport_sync_capture(on)  sets that flag and returns the previous one
//   rapport_hlc(floor)        the next hybrid-logical-clock value, above the wall clock, the last value this
//                             connection handed out and floor (the highest clock seen in imported changes)
//   rapport_changes(prev, name, old, new, ...)  the JSON object of the columns whose value changed (NULL if
//                             none): the update triggers build their change record in one call
// Database::open calls this on every connection, so every writer (window, worker threads, CLI) is covered.
int registerSyncFunctions(sqlite3* db);

// Stops this connection's triggers from recording changes while it lives (sync applying a package, making a
// field copy), then restores the previous state.
class CaptureSuspension final {
public:
    explicit CaptureSuspension(sqlite3* db);
    ~CaptureSuspension();
    CaptureSuspension(const CaptureSuspension&) = delete;
    CaptureSuspension& operator=(const CaptureSuspension&) = delete;

private:
    sqlite3* m_db;
    bool m_previous = true;
};

// Whether this connection records its changes now (no CaptureSuspension active).
bool captureActive(sqlite3* db);

// The compact path for bulk loads (storage/BulkLoad). While rapport_bulk() is on, the insert triggers of
// tables keyed by an integer id are dropped; at the end of the load BulkLoad calls this, which records every
// row with an id at or above firstId: the change records the triggers would have written (op I, this copy's
// next sequence numbers without gaps, increasing clocks, parents first and each table in id order), except
// that the image of the row (vals) is left NULL instead of a JSON copy of every column. A million imported
// rows would otherwise add their whole size again to the file (about 690 MB for a million contacts) and most
// of the import's time. InsertImages gives the image when a package or a merge needs it.
// The records are held as runs of ids in sync_bulk_inserts (schema 19), one row per table, and only the last
// record of each table is written to sync_log: writing a million rows and their index entries there was a
// third of a million-row import's time. Inside the load's transaction.
Status recordBulkInserts(sqlite3* db, qint64 firstId);

// Writes the records recordBulkInserts held as runs into sync_log, one row per record, exactly as they would
// have been written at the load, and empties sync_bulk_inserts. Everything that reads sync_log beyond its
// last sequence number (a package export, a package import, a field copy) calls this first, inside its
// transaction. A damaged run list is refused with a message and changes nothing.
Status expandBulkInserts(sqlite3* db);

// What is wrong with this copy's change log, for the consistency check: held records whose id lists do not
// add up, and numbers of this copy's own changes that are missing (or counted twice). Empty when all is well.
QStringList changeLogProblems(sqlite3* db);

// The image of an insert recorded without one (recordBulkInserts): the row as it is now, every synced column
// as JSON, as the insert trigger writes it. Any later change of a column has a change record of its own with
// a later clock, so the columns nobody changed since hold the inserted values, and the others are settled by
// those later records wherever the image goes. A row deleted since gives the image its delete record keeps.
class InsertImages final {
public:
    InsertImages(sqlite3* db, const SyncSchema& schema);
    ~InsertImages();
    InsertImages(const InsertImages&) = delete;
    InsertImages& operator=(const InsertImages&) = delete;

    QByteArray image(const QString& table, const QVariant& pk);

private:
    sqlite3* m_db;
    const SyncSchema& m_schema;
    std::map<QString, std::unique_ptr<Statement>> m_rows;
    std::unique_ptr<Statement> m_deleted;
};

} // namespace rapport::sync
