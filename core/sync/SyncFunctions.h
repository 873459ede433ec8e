#pragma once

#include "util/Status.h"

#include <QtGlobal>

struct sqlite3;

namespace rapport::sync {

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
// tables keyed by an integer id skip the connection's inserts; at the end of the load BulkLoad calls this,
// which records every row with an id at or above firstId in one INSERT ... SELECT per table: the same
// sync_log rows the triggers would have written (op I, every column, this copy's next sequence numbers
// without gaps, increasing clocks), so packages and merging see no difference. Inside the load's transaction.
Status recordBulkInserts(sqlite3* db, qint64 firstId);

} // namespace rapport::sync
