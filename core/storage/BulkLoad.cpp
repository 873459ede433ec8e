#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/DerivedData.h"
#include "storage/PragmaGuard.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"

#include <QThread>
#include <algorithm>
#include <sqlite3.h>

namespace rapport {
namespace {

constexpr int bulkHashSize = 64 * 1024 * 1024;

// True when no other copy of this database exists yet: it has no sync tables, or it knows no device but
// itself and has acknowledged nothing to anyone.
bool withoutCopies(sqlite3* db) {
    Statement tables(db,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('sync_devices', "
                     "'sync_acks')");
    const qint64 found = tables.next() ? tables.int64(0) : -1;
    if (found == 0)
        return true;
    if (found != 2)
        return false;
    Statement others(db,
                     "SELECT NOT EXISTS (SELECT 1 FROM sync_devices WHERE id <> 0) AND NOT EXISTS (SELECT 1 "
                     "FROM sync_acks)");
    return others.next() && others.int64(0) != 0;
}

} // namespace

BulkLoad::BulkLoad(Database& db, const QStringList& tables, qint64 expectedRows,
                   const QStringList& keptIndexes)
    : m_db(db) {
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        m_status = Status::failure(tr("A bulk load must run inside a transaction."));
        return;
    }
    // Every id made from here on is larger than this one: the new rows are those at or above it.
    m_firstId = db.ids().next();
    for (const QString& table : tables) {
        qint64 existing = 0;
        QList<DroppedIndex> found;
        {
            Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table).toStdString());
            existing = count.next() ? count.int64(0) : 0;
            // Rebuilding by sort beats updating a B-tree row by row only when the table at least doubles.
            if (expectedRows < 2 * existing + 10000)
                continue;
            Statement indexes(db.handle(), "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                           "tbl_name = ?1 AND sql IS NOT NULL");
            indexes.bind(1, table);
            while (indexes.next()) {
                if (!keptIndexes.contains(indexes.text(0)))
                    found.append({indexes.text(0), indexes.text(1).toUtf8()});
            }
        }
        for (const DroppedIndex& index : found) {
            Statement drop(db.handle(), QStringLiteral("DROP INDEX %1").arg(index.name).toStdString());
            if (m_status = drop.exec(); !m_status)
                return;
            m_dropped.append(index);
        }
    }
    if (m_status = dropDerivedTriggers(db.handle(), &m_droppedTriggers); !m_status)
        return;
    if (withoutCopies(db.handle()))
        m_capture = std::make_unique<sync::CaptureSuspension>(db.handle());
    // Sync: while rapport_bulk() is on, the change-capture insert triggers skip this connection's rows too;
    // finish() records them in one pass instead, when the connection records changes at all.
    m_recordForSync = sync::captureActive(db.handle());
    db.setBulkLoading(true);
    m_active = true;
}

BulkLoad::~BulkLoad() {
    m_db.setBulkLoading(false);
}

Status BulkLoad::finish(const Progress& progress) {
    if (!m_active)
        return m_status.ok() ? Status::failure(tr("The bulk load was not started.")) : m_status;
    m_active = false;
    m_db.setBulkLoading(false);
    m_capture.reset();
    const Status stopped = Status::failure(tr("The bulk load was cancelled."));
    // Each search table X has a view X_rows with what it holds for a record (see resources/sql).
    Statement views(m_db.handle(),
                    "SELECT v.name, substr(v.name, 1, length(v.name) - 5) FROM sqlite_schema v "
                    "WHERE v.type = 'view' AND v.name LIKE '%\\_rows' ESCAPE '\\' AND EXISTS "
                    "(SELECT 1 FROM sqlite_schema t WHERE t.name = substr(v.name, 1, length(v.name) - 5))");
    QList<QPair<QString, QString>> searchTables;
    while (views.next())
        searchTables.append({views.text(0), views.text(1)});
    const int steps = static_cast<int>(m_dropped.size() + searchTables.size());
    int done = 0;
    // Index rebuilds sort with helper threads (SQLite's sorter), one more per core beside the connection's.
    const PragmaGuard sorterThreads(m_db.handle(), "threads", std::max(0, QThread::idealThreadCount() - 1));
    for (const DroppedIndex& index : std::as_const(m_dropped)) {
        if (progress && !progress(done++, steps))
            return m_status = stopped;
        const int rc = sqlite3_exec(m_db.handle(), index.sql.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return m_status = Status::failure(describeSqliteError(m_db.handle(), rc));
    }
    m_dropped.clear();
    for (const auto& [view, table] : searchTables) {
        if (progress && !progress(done++, steps))
            return m_status = stopped;
        Statement columns(m_db.handle(),
                          "SELECT group_concat(name, ', ') FROM pragma_table_info(?1) WHERE cid > 0");
        columns.bind(1, view);
        const QString names = columns.next() ? columns.text(0) : QString();
        // Rows the job's own updates already indexed (update triggers stay on) are removed and indexed again
        // with the rest. A NOT EXISTS on the search table inside the INSERT would make SQLite stage every
        // selected row in a temporary table first (the INSERT reads its own target): 230 MB for a million
        // contacts.
        Statement stale(m_db.handle(),
                        QStringLiteral("DELETE FROM %1 WHERE rowid >= ?1").arg(table).toStdString());
        stale.bind(1, m_firstId);
        if (m_status = stale.exec(); !m_status)
            return m_status;
        const QString sql =
            QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT r.id, %2 FROM %3 r WHERE r.id >= ?1")
                .arg(table, names, view);
        // FTS5 writes its pending terms out as a new segment every `hashsize` bytes (1 MiB by default) and
        // keeps merging those segments; one large buffer for the fill makes far fewer of them. The setting is
        // put back afterwards, so ordinary writes work as before.
        const QString config = QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?1)").arg(table);
        qint64 previous = 1024 * 1024; // FTS5's default
        {
            Statement current(
                m_db.handle(),
                QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(table).toStdString());
            if (current.next())
                previous = current.int64(0);
        }
        Statement setHashSize(m_db.handle(), config.toStdString());
        setHashSize.bind(1, qint64{bulkHashSize});
        if (m_status = setHashSize.exec(); !m_status)
            return m_status;
        Statement insert(m_db.handle(), sql.toStdString());
        insert.bind(1, m_firstId);
        m_status = insert.exec();
        setHashSize.bind(1, previous);
        if (const Status restored = setHashSize.exec(); m_status && !restored)
            m_status = restored;
        if (!m_status)
            return m_status;
    }
    // Derived data (last interaction, tag items; schema 14): its insert triggers, dropped for the load, go
    // back, and one statement each fills it for the new rows. Last, so that the index rebuilds and the search
    // fill above read the customers as they were written, not as the update rewrote them.
    if (m_status = restoreDerivedTriggers(m_db.handle(), m_droppedTriggers); !m_status)
        return m_status;
    if (m_status = refreshDerivedData(m_db.handle(), m_firstId); !m_status)
        return m_status;
    if (m_recordForSync) // the sync change log: the rows the capture triggers skipped (core/sync)
        m_status = sync::recordBulkInserts(m_db.handle(), m_firstId);
    return m_status;
}

} // namespace rapport
