#pragma once

#include "storage/IdGenerator.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <atomic>
#include <memory>

struct sqlite3;

namespace rapport {

class Statement;

// One open connection to a Rapport database file. Opening checks the file before touching it: a file that is
// not SQLite, an SQLite file of another program, or a database from a newer Rapport is refused and left
// byte-for-byte as it was. A new or empty file gets the whole migration chain in one transaction.
// Each thread that works on the database opens its own Database on the same path.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr qint32 applicationId = 0x52505254; // "RPRT"

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `cancelled`, when given, is watched while an upgrade runs (from another thread: a window's Cancel);
    // set, it stops the upgrade, which is rolled back, and open() fails saying so.
    Status open(const QString& path, const std::atomic_bool* cancelled = nullptr);
    // Whether the file is a Rapport database of an older schema, which open() will upgrade (possibly for a
    // while on a large database). Reads the file only.
    static bool needsUpgrade(const QString& path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    IdGenerator& ids() { return m_ids; }

    int schemaVersion() const;
    static int latestSchemaVersion();

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    // Writes a compacted, consistent copy of the whole database to a new file (VACUUM INTO).
    Status saveCopy(const QString& targetPath);
    qint64 fileSize() const;

    // A prepared statement kept for the life of the connection, for SQL that runs again and again (record
    // writes and lookups): SQLite then compiles it, and the triggers it fires, once. The caller binds, runs
    // it to completion (exec() or next() until false) and must not use it re-entrantly.
    Statement& cachedStatement(const QString& sql);

    // Used by BulkLoad only: while set, the search-index insert triggers skip this connection's inserts.
    void setBulkLoading(bool on) { m_bulkLoading = on ? 1 : 0; }
    bool isBulkLoading() const { return m_bulkLoading != 0; }

    // While one lives, rapport_replay() is 1 on this connection: rows are being put back as they were (undo,
    // a snapshot's restore), so triggers that derive new rows from a change (the stage history) stay quiet.
    class ReplayScope final {
    public:
        explicit ReplayScope(Database& db) : m_db(db), m_previous(db.m_replaying) { db.m_replaying = 1; }
        ~ReplayScope() { m_db.m_replaying = m_previous; }
        ReplayScope(const ReplayScope&) = delete;
        ReplayScope& operator=(const ReplayScope&) = delete;

    private:
        Database& m_db;
        int m_previous;
    };

    // The default database: rapport.db under the application data location.
    static QString defaultPath();
    // For the desktop program, which keeps several connections (lists, background scans, rules, alerts):
    // all of them together keep their page caches under this many bytes (SQLite's soft heap limit for the
    // process), so that reading a large database does not grow the program by every connection's cache.
    static void limitCacheMemory(qint64 bytes);
    static constexpr qint64 desktopCacheBudget = qint64{32} * 1024 * 1024;
    // For a process that sets no such budget (the command line): SQLite then keeps no process-wide count of
    // its memory, which takes a lock shared by every connection on each allocation, so two connections
    // working at once (a bulk load and its search build on the second core) do not queue for it. Call
    // before the first database is opened; limitCacheMemory() has no effect afterwards.
    static void withoutMemoryStatistics();

private:
    Status inspectExisting(const QString& path, bool* isEmpty) const;
    Status configure();
    Status migrate(const std::atomic_bool* cancelled);

    QString m_connectionName;
    QString m_path;
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
    int m_bulkLoading = 0; // read by the rapport_bulk() SQL function
    int m_replaying = 0;   // read by the rapport_replay() SQL function
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    IdGenerator m_ids;
};

} // namespace rapport
