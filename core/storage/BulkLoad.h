#pragma once

#include "storage/SearchSideBuild.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport {

class Database;
namespace sync {
class CaptureSuspension;
}

// Makes a bulk job (sample data, an import) run near the speed of a plain table load, inside the caller's
// transaction. While it is active on a connection, the insert triggers that skip that connection's rows
// (search index, sync capture, derived data: WHEN ... rapport_bulk() = 0) are dropped, and so are the
// secondary indexes of tables that will grow many times over. finish() puts the triggers back, rebuilds those
// indexes by sorting and indexes the new rows for search in one pass per search table, so the database is
// complete again before the caller commits. Destroyed without finish() (cancel, error), it only switches the
// bulk flag off (and drops its scratch file): the caller's rollback undoes the rest, dropped triggers and
// indexes included.
//
// Search tables that are empty when a large load starts (sideSearchBuildFrom expected rows or more: a new
// database, a first import) are built on a second thread instead, in a scratch file beside the database
// (storage/SearchSideBuild.h), from the documents indexNewRows() hands over while the load writes; finish()
// takes the finished tables in and indexes again what changed after it was handed over.
//
// Sync change capture: while no other copy of the database exists (no field copy made from it, none it was
// made from, no package exchanged), the rows of a bulk load are part of the baseline every later field copy
// starts from (a copy takes the whole file, as it takes rows written before sync existed), so the load
// suspends the per-row change records on its connection. Once copies exist, every row is recorded as usual so
// that it reaches them: the capture triggers skip the load's inserts and finish() records the new rows in
// one pass (sync::recordBulkInserts), the same change records a field copy would have got row by row.
class BulkLoad final {
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
public:
    // tables: the tables the job will insert into; expectedRows: about how many rows it adds to them in all.
    // keptIndexes: indexes the job's rows arrive in the order of (every new row lands at the end, as an index
    // on a parent id does when parents are written one after another with rising ids); they stay and grow by
    // appending, which costs less than scanning a large table again to rebuild them.
    BulkLoad(Database& db, const QStringList& tables, qint64 expectedRows,
             const QStringList& keptIndexes = {});
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    const Status& status() const { return m_status; }
    // Called before each step of finish() (an index rebuilt, a search table filled) with the steps done so
    // far and how many there are; returning false stops, and the caller rolls back.
    using Progress = std::function<bool(int done, int steps)>;
    Status finish(const Progress& progress = {});
    // Hands the documents of the records written since the last call to the search build on the second
    // thread (a load into empty search tables of at least sideSearchBuildFrom expected rows; otherwise this
    // does nothing). Jobs call it now and then while they write, so that most of the index is built by the
    // time finish() runs; finish() indexes whatever is left, records written out of order included.
    void indexNewRows();
    static constexpr qint64 sideSearchBuildFrom = 50000;
    // For a job whose own thread is slower than the search build's: the documents the build cannot take yet
    // wait in a file instead of holding the job up, and the build catches up while finish() rebuilds the
    // indexes (SearchSideBuild::spillToFile). The sample data uses it; an import, which must stay within
    // its memory budget while both run at once, does not.
    void queueSearchDocumentsOnDisk();
    // For a job that has each new record's searchable values at hand as it writes the record (the import):
    // the handle of search table `searchTable` ("contact_search") to pass to addDocument(), or -1 when that
    // table is not built on the second thread (indexNewRows() then reads the records back as usual).
    int directDocuments(const QString& searchTable) const;
    // Hands record `id`'s document for the search table `handle` over as it is written, so that
    // indexNewRows() need not read the record back (for a million contacts that read took the job's thread
    // a second). `parts` are the columns of the table's X_parts view in order, as the record stores them, a
    // part without data (std::string_view()) standing for NULL; the caller keeps to the view's definition,
    // which the import's tests compare. finish() still checks that every record there is has
    // been handed over exactly once and indexes the others from the view.
    void addDocument(int handle, qint64 id, std::initializer_list<std::string_view> parts);
    // Whether the search tables are being built on the second thread (see above).
    bool buildsSearchBeside() const { return m_side != nullptr; }
    // Whether this load's rows go without sync change records (see above).
    bool suspendsChangeCapture() const { return m_capture != nullptr; }

private:
    struct DroppedIndex {
        QString name;
        QByteArray sql;
    };
    struct SearchTable {
        QString view;  // X_rows: what the table holds for each record
        QString parts; // X_parts, where there is one: the same, before it is folded
        QString table; // X
        QByteArray createSql;
        qint64 handedOver = 0; // the largest record id given to the side build so far
        bool side = false;
        // Every id given to the side build, as runs of consecutive ids (first, last): ids come in order, a
        // thousand or so at a time from one millisecond of the id generator, so a million fit in ~20 KB.
        std::vector<std::pair<qint64, qint64>> handedRuns;
        size_t batchBytes = 0; // the largest full batch of documents so far
        int sideIndex = -1;    // its table in the side build
        // Documents from addDocument() not yet handed on (shared: the list of tables copies its entries).
        std::shared_ptr<SearchSideBuild::Documents> direct{};
    };
    Status findSearchTables(qint64 expectedRows);
    Status fillInPlace(const SearchTable& search);
    Status fillFromSide(const SearchTable& search);
    static void handedOver(SearchTable& search, qint64 id);
    void passDirect(SearchTable& search);
    Database& m_db;
    qint64 m_firstId = 0;
    QList<SearchTable> m_searchTables;
    std::unique_ptr<SearchSideBuild> m_side;
    bool m_recordForSync = false;
    QList<DroppedIndex> m_dropped;
    QList<QByteArray> m_droppedTriggers; // the insert triggers that skip the load (storage/DerivedData.h)
    std::unique_ptr<sync::CaptureSuspension> m_capture;
    bool m_active = false;
    Status m_status;
};

} // namespace rapport
