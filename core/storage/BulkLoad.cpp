#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/DerivedData.h"
#include "storage/PragmaGuard.h"
#include "storage/SearchSideBuild.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"

#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace rapport {
namespace {

constexpr int bulkHashSize = 64 * 1024 * 1024;
// Documents handed to the side build at a time.
constexpr size_t sideBatchSize = 4096;
// The sorter's runs while dropped indexes are rebuilt (KiB; see finish()).
constexpr qint64 sorterRunKiB = 4096;

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
    if (m_status = dropTriggersSkippingBulkLoads(db.handle(), &m_droppedTriggers); !m_status)
        return;
    if (withoutCopies(db.handle()))
        m_capture = std::make_unique<sync::CaptureSuspension>(db.handle());
    // Sync: while rapport_bulk() is on, the change-capture insert triggers skip this connection's rows too;
    // finish() records them in one pass instead, when the connection records changes at all.
    m_recordForSync = sync::captureActive(db.handle());
    if (m_status = findSearchTables(expectedRows); !m_status)
        return;
    db.setBulkLoading(true);
    m_active = true;
}

Status BulkLoad::findSearchTables(qint64 expectedRows) {
    // Each search table X has a view X_rows with what it holds for a record (see resources/sql).
    Statement views(
        m_db.handle(),
        "SELECT v.name, coalesce(p.name, ''), t.name, t.sql, (SELECT group_concat(name, ',') FROM "
        "pragma_table_info(v.name) WHERE cid > 0) FROM sqlite_schema v JOIN sqlite_schema t ON t.name = "
        "substr(v.name, 1, length(v.name) - 5) LEFT JOIN sqlite_schema p ON p.type = 'view' AND p.name = "
        "t.name || '_parts' WHERE v.type = 'view' AND v.name LIKE '%\\_rows' ESCAPE '\\'");
    while (views.next())
        m_searchTables.append({views.text(0),
                               views.text(1),
                               views.text(2),
                               views.text(3).toUtf8(),
                               m_firstId - 1,
                               views.text(4) == u"doc",
                               {}});
    if (!views.status())
        return views.status();
    // The side build needs the load to be large, the database to be a file (the scratch file goes beside it),
    // and the search table to be empty: its index then is exactly the side build's.
    QStringList sideTables;
    QStringList createSql;
    for (SearchTable& search : m_searchTables) {
        if (search.side) {
            Statement empty(
                m_db.handle(),
                QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(search.table).toStdString());
            search.side = expectedRows >= sideSearchBuildFrom && !m_db.path().isEmpty() && empty.next() &&
                          empty.int64(0) != 0;
        }
        if (search.side) {
            search.sideIndex = static_cast<int>(sideTables.size());
            sideTables << search.table;
            createSql << QString::fromUtf8(search.createSql);
        }
    }
    if (!sideTables.isEmpty()) {
        m_side =
            std::make_unique<SearchSideBuild>(QFileInfo(m_db.path()).absolutePath(), sideTables, createSql);
        if (!m_side->status()) { // no scratch file (a full disk, a read-only folder): index in place
            m_side.reset();
            for (SearchTable& search : m_searchTables)
                search.side = false;
        }
    }
    return Status::success();
}

int BulkLoad::directDocuments(const QString& searchTable) const {
    if (!m_side)
        return -1;
    for (qsizetype i = 0; i < m_searchTables.size(); ++i)
        if (m_searchTables[i].table == searchTable && m_searchTables[i].side &&
            !m_searchTables[i].parts.isEmpty())
            return static_cast<int>(i);
    return -1;
}

void BulkLoad::addDocument(int handle, qint64 id, std::initializer_list<std::string_view> parts) {
    if (!m_side || handle < 0 || handle >= m_searchTables.size())
        return;
    SearchTable& search = m_searchTables[handle];
    if (!search.direct) {
        search.direct = std::make_shared<SearchSideBuild::Documents>(m_side->emptyDocuments());
        search.direct->bytes.reserve(search.batchBytes + search.batchBytes / 8);
        search.direct->entries.reserve(sideBatchSize);
    }
    SearchSideBuild::Documents& documents = *search.direct;
    SearchSideBuild::Documents::Entry entry{id, documents.bytes.size(), 0, true};
    for (const std::string_view part : parts) {
        if (part.data() == nullptr)
            continue; // NULL in the record
        entry.null = false;
        SearchSideBuild::packPart(documents.bytes, part);
    }
    entry.size = documents.bytes.size() - entry.offset;
    documents.entries.push_back(entry);
    handedOver(search, id);
    if (documents.entries.size() == sideBatchSize)
        passDirect(search);
}

void BulkLoad::handedOver(SearchTable& search, qint64 id) {
    search.handedOver = std::max(search.handedOver, id);
    if (!search.handedRuns.empty() && search.handedRuns.back().second + 1 == id)
        search.handedRuns.back().second = id;
    else
        search.handedRuns.emplace_back(id, id);
}

void BulkLoad::passDirect(SearchTable& search) {
    if (!search.direct || search.direct->entries.empty())
        return;
    search.batchBytes = std::max(search.batchBytes, search.direct->bytes.size());
    m_side->add(search.sideIndex, std::move(*search.direct), true); // a failed build says why in finish()
    search.direct.reset();
}

void BulkLoad::indexNewRows() {
    if (!m_side)
        return;
    for (SearchTable& search : m_searchTables) {
        if (!search.side)
            continue;
        passDirect(search);
        const int sideIndex = search.sideIndex;
        // The parts of each document where the table has them: the side build folds them on its thread.
        const bool parts = !search.parts.isEmpty();
        Statement read(m_db.handle(),
                       (parts ? QStringLiteral("SELECT * FROM %1 WHERE id > ?1").arg(search.parts)
                              : QStringLiteral("SELECT id, doc FROM %1 WHERE id > ?1").arg(search.view))
                           .toStdString());
        read.bind(1, search.handedOver);
        const int columns = read.columnCount();
        // Each batch is one the side build has finished with, at the size batches take: grown from nothing
        // by doubling, its copies and the first touch of its fresh pages cost the load's thread 0.5 s per
        // million contacts.
        const auto reserved = [&] {
            SearchSideBuild::Documents fresh = m_side->emptyDocuments();
            fresh.bytes.reserve(search.batchBytes + search.batchBytes / 8);
            fresh.entries.reserve(sideBatchSize);
            return fresh;
        };
        // Taken when the first record comes: often none does (an import hands its contacts over itself).
        SearchSideBuild::Documents documents;
        bool accepted = true;
        while (accepted && read.next()) {
            if (documents.entries.capacity() == 0)
                documents = reserved();
            SearchSideBuild::Documents::Entry entry{read.int64(0), documents.bytes.size(), 0, true};
            for (int column = 1; column < columns; ++column) {
                if (read.isNull(column))
                    continue;
                entry.null = false;
                if (parts)
                    SearchSideBuild::packPart(documents.bytes, read.utf8(column));
                else
                    documents.bytes.append(read.utf8(column));
            }
            entry.size = documents.bytes.size() - entry.offset;
            documents.entries.push_back(entry);
            handedOver(search, entry.id);
            if (documents.entries.size() == sideBatchSize) {
                search.batchBytes = std::max(search.batchBytes, documents.bytes.size());
                accepted = m_side->add(sideIndex, std::move(documents), parts);
                documents = reserved();
            }
        }
        if (accepted && !documents.entries.empty())
            m_side->add(sideIndex, std::move(documents), parts); // a failed build says why in finish()
    }
}

void BulkLoad::queueSearchDocumentsOnDisk() {
    if (m_side)
        m_side->spillToFile();
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
    // The side build gets the last documents and finishes on its thread while the indexes are rebuilt here.
    indexNewRows();
    if (m_side)
        m_side->close();
    const int steps = static_cast<int>(m_dropped.size() + m_searchTables.size());
    int done = 0;
    {
        // Index rebuilds go through SQLite's sorter, which hands full runs to helper threads (one per core
        // beside the connection's), but only while temporary data goes to files: with temp_store = MEMORY,
        // the connection's setting (storage/Database.cpp), it uses no helper at all. So for the rebuilds:
        // temporary files (in the operating system's cache like any file), and runs of 4 MiB (a run is the
        // page cache's size), so that a helper sorts while the connection reads the table. CREATE INDEX over
        // a million customers in the sqlite3 shell: 3.0-6.5 s in memory, 2.1-2.7 s with files and 256 MiB
        // runs, 1.5-1.8 s with 4 MiB runs.
        const PragmaGuard sorterThreads(m_db.handle(), "threads",
                                        std::max(0, QThread::idealThreadCount() - 1));
        const PragmaGuard sorterFiles(m_db.handle(), "temp_store", 1);
        std::optional<PragmaGuard> sorterRuns;
        if (QThread::idealThreadCount() > 1)
            sorterRuns.emplace(m_db.handle(), "cache_size", -sorterRunKiB);
        for (const DroppedIndex& index : std::as_const(m_dropped)) {
            if (progress && !progress(done++, steps))
                return m_status = stopped;
            const int rc = sqlite3_exec(m_db.handle(), index.sql.constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return m_status = Status::failure(describeSqliteError(m_db.handle(), rc));
        }
    }
    m_dropped.clear();
    if (m_side) {
        if (progress && !progress(done, steps))
            return m_status = stopped;
        if (m_status = m_side->finish(); !m_status)
            return m_status;
    }
    for (const SearchTable& search : std::as_const(m_searchTables)) {
        if (progress && !progress(done++, steps))
            return m_status = stopped;
        if (m_status = search.side ? fillFromSide(search) : fillInPlace(search); !m_status)
            return m_status;
    }
    m_side.reset();
    // The insert triggers dropped for the load go back. Derived data (last interaction, tag items; schema
    // 14): one statement each fills it for the new rows. Last, so that the index rebuilds and the search
    // fill above read the customers as they were written, not as the update rewrote them.
    if (m_status = restoreTriggers(m_db.handle(), m_droppedTriggers); !m_status)
        return m_status;
    if (m_status = refreshDerivedData(m_db.handle(), m_firstId); !m_status)
        return m_status;
    if (m_recordForSync) // the sync change log: the rows the capture triggers skipped (core/sync)
        m_status = sync::recordBulkInserts(m_db.handle(), m_firstId);
    return m_status;
}

Status BulkLoad::fillInPlace(const SearchTable& search) {
    Statement columns(m_db.handle(),
                      "SELECT group_concat(name, ', ') FROM pragma_table_info(?1) WHERE cid > 0");
    columns.bind(1, search.view);
    const QString names = columns.next() ? columns.text(0) : QString();
    // Rows the job's own updates already indexed (update triggers stay on) are removed and indexed again
    // with the rest. A NOT EXISTS on the search table inside the INSERT would make SQLite stage every
    // selected row in a temporary table first (the INSERT reads its own target): 230 MB for a million
    // contacts.
    Statement stale(m_db.handle(),
                    QStringLiteral("DELETE FROM %1 WHERE rowid >= ?1").arg(search.table).toStdString());
    stale.bind(1, m_firstId);
    if (const Status removed = stale.exec(); !removed)
        return removed;
    const QString sql =
        QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT r.id, %2 FROM %3 r WHERE r.id >= ?1")
            .arg(search.table, names, search.view);
    // FTS5 writes its pending terms out as a new segment every `hashsize` bytes (1 MiB by default) and keeps
    // merging those segments; one large buffer for the fill makes far fewer of them. The setting is put back
    // afterwards, so ordinary writes work as before.
    const QString config =
        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?1)").arg(search.table);
    qint64 previous = 1024 * 1024; // FTS5's default
    {
        Statement current(
            m_db.handle(),
            QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(search.table).toStdString());
        if (current.next())
            previous = current.int64(0);
    }
    Statement setHashSize(m_db.handle(), config.toStdString());
    setHashSize.bind(1, qint64{bulkHashSize});
    if (const Status set = setHashSize.exec(); !set)
        return set;
    Statement insert(m_db.handle(), sql.toStdString());
    insert.bind(1, m_firstId);
    Status filled = insert.exec();
    setHashSize.bind(1, previous);
    if (const Status restored = setHashSize.exec(); filled && !restored)
        filled = restored;
    return filled;
}

Status BulkLoad::fillFromSide(const SearchTable& search) {
    // Records the load's own updates indexed here meanwhile (the update triggers stay on): their documents
    // in the side build may be out of date, so they are indexed again below.
    QList<qint64> updated;
    {
        Statement read(m_db.handle(), QStringLiteral("SELECT rowid FROM %1").arg(search.table).toStdString());
        while (read.next())
            updated << read.int64(0);
        if (!read.status())
            return read.status();
    }
    // A new table of the same definition, not yet touched on this connection (FTS5 keeps what it last read of
    // a table's structure per connection), takes the side build's blocks, terms and documents.
    if (const Status dropped =
            Statement(m_db.handle(), QStringLiteral("DROP TABLE %1").arg(search.table).toStdString()).exec();
        !dropped)
        return dropped;
    if (const Status created = Statement(m_db.handle(), search.createSql.toStdString()).exec(); !created)
        return created;
    if (const Status taken = m_side->takeInto(m_db.handle(), search.table); !taken)
        return taken;
    Statement remove(m_db.handle(),
                     QStringLiteral("DELETE FROM %1 WHERE rowid = ?1").arg(search.table).toStdString());
    for (const qint64 id : std::as_const(updated)) {
        if (const Status removed = remove.bind(1, id).exec(); !removed)
            return removed;
    }
    // Records deleted after they were handed over, then records never handed over (written out of id order)
    // or removed just above: one walk along both id orders finds them, and the index ends up holding
    // exactly the records there are. What the side build holds is what it was handed (every document,
    // empty ones too), so the walk reads neither the copied documents nor the records' rows: the ids come
    // from the view without a condition, which SQLite answers from the table's narrowest covering index
    // (for a million contacts a twelfth of the pages the rows take), and are sorted here.
    std::vector<qint64> records;
    {
        Statement all(m_db.handle(), QStringLiteral("SELECT id FROM %1").arg(search.view).toStdString());
        while (all.next())
            if (const qint64 id = all.int64(0); id >= m_firstId)
                records.push_back(id);
        if (!all.status())
            return all.status();
    }
    std::sort(records.begin(), records.end());
    std::vector<std::pair<qint64, qint64>> runs = search.handedRuns;
    std::sort(runs.begin(), runs.end());
    std::vector<qint64> removed(updated.cbegin(), updated.cend());
    std::sort(removed.begin(), removed.end());
    const auto wasRemoved = [&](qint64 id) {
        return std::binary_search(removed.begin(), removed.end(), id);
    };
    QList<qint64> orphans;
    QList<qint64> missing;
    for (const qint64 id : removed) // indexed again below, wherever they are
        if (id < m_firstId)
            missing << id;
    {
        auto record = records.cbegin();
        auto run = runs.cbegin();
        qint64 entry = run == runs.cend() ? 0 : run->first;
        const qint64 none = std::numeric_limits<qint64>::max();
        while (record != records.cend() || run != runs.cend()) {
            const qint64 have = record != records.cend() ? *record : none;
            const qint64 indexed = run != runs.cend() ? entry : none;
            if (have <= indexed) {
                if (have < indexed || wasRemoved(have))
                    missing << have;
                ++record;
            } else if (!wasRemoved(indexed)) {
                orphans << indexed;
            }
            if (indexed <= have && run != runs.cend()) { // the next id the side build holds
                if (entry < run->second)
                    ++entry;
                else if (++run != runs.cend())
                    entry = run->first;
            }
        }
    }
    for (const qint64 id : std::as_const(orphans)) {
        if (const Status removed = remove.bind(1, id).exec(); !removed)
            return removed;
    }
    Statement add(m_db.handle(),
                  QStringLiteral("INSERT INTO %1 (rowid, doc) SELECT id, doc FROM %2 WHERE id = ?1")
                      .arg(search.table, search.view)
                      .toStdString());
    for (const qint64 id : std::as_const(missing)) {
        if (const Status added = add.bind(1, id).exec(); !added)
            return added;
    }
    return Status::success();
}

} // namespace rapport
