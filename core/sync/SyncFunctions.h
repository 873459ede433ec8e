#pragma once

struct sqlite3;

namespace rapport::sync {

// Registers the per-connection SQL functions the change-capture triggers call:
//   rapport_sync_capture()    1 while this connection records its changes, 0 while sync applies a package
//   rapport_sync_capture(on)  sets that flag and returns the previous one
//   rapport_hlc(floor)        the next hybrid-logical-clock value, above the wall clock, the last value this
//                             connection handed out and floor (the highest clock seen in imported changes)
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

} // namespace rapport::sync
