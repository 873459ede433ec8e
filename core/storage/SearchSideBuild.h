#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

struct sqlite3;

namespace rapport {

class DocumentSpill;

// Builds search tables on a second thread, in a scratch file of their own, while the bulk load that fills
// them goes on with its rows on the database's connection (SQLite has one writer per file: an FTS5 table
// filled on the load's connection takes that connection as long as it runs). BulkLoad hands over each new
// record's document as soon as the record is written; at the end, takeInto() puts each table built here in
// place of the database's (still empty) table of the same name by copying FTS5's tables of blocks, terms and
// documents. The copy is the same index FTS5 would have written itself ('integrity-check' compares the
// index with every document), and it happens inside the load's transaction, so a cancel or an error still
// rolls everything back. The scratch file is removed when the object goes.
class SearchSideBuild final {
    Q_DECLARE_TR_FUNCTIONS(SearchSideBuild)
public:
    // Record ids with their documents (none where the record has no searchable text), all in one buffer: a
    // batch is two allocations however many documents it holds, since memory freed on another thread than
    // the one that took it makes both threads queue for the allocator.
    struct Documents {
        struct Entry {
            qint64 id = 0;
            size_t offset = 0;
            size_t size = 0;
            bool null = true;
        };
        std::string bytes;
        std::vector<Entry> entries;
        std::string_view text(const Entry& entry) const {
            return std::string_view(bytes).substr(entry.offset, entry.size);
        }
    };

    // createSql: each table's CREATE VIRTUAL TABLE statement, as the database's schema has it.
    // inMemoryBatches: how many batches may wait for the builder in memory before the next go to the file.
    static constexpr size_t defaultInMemoryBatches = 16;
    SearchSideBuild(const QString& directory, const QStringList& tables, const QStringList& createSql,
                    size_t inMemoryBatches = defaultInMemoryBatches);
    ~SearchSideBuild();
    SearchSideBuild(const SearchSideBuild&) = delete;
    SearchSideBuild& operator=(const SearchSideBuild&) = delete;

    const Status& status() const { return m_status; }
    // Queues documents for table number `table`. While the builder is far behind (inMemoryBatches wait for
    // it), this waits for it, or with spillToFile() the batch goes to a file (storage/DocumentSpill.h)
    // instead: the load then writes its rows at its own speed and the builder catches up later, while the
    // load rebuilds its indexes; that suits a load whose own thread is the slower one, and which can spare
    // the memory both phases take at once. False once the builder has failed (status() says why after
    // finish()). With `parts`, each document is still in parts (packed by packPart) that the builder folds
    // and joins as rapport_fold does.
    bool add(int table, Documents&& documents, bool parts = false);
    // A batch to fill: one the builder is done with where there is one, its memory kept (a batch grown
    // from nothing copies itself as it doubles and touches fresh pages, and memory freed on the other thread
    // makes both threads queue for the allocator), else a new one.
    Documents emptyDocuments();
    // Lets add() put what the builder cannot take yet in a file rather than wait (see add()).
    void spillToFile();
    // Appends one part of a document to `packed`.
    static void packPart(std::string& packed, std::string_view part);
    // No more documents will come; the builder finishes what is queued without being waited for.
    void close();
    // Closes, then waits until every queued document is indexed and the scratch file is complete.
    Status finish();
    // After finish(): replaces the database's table (empty, created by the caller just now, and not yet
    // read or written on this connection) with the one built here.
    Status takeInto(sqlite3* db, const QString& table) const;

private:
    struct Batch {
        int table = 0;
        bool parts = false;
        Documents documents;
        bool spilled = false; // the documents are in the spill file, at spillOffset, spillSize bytes
        qint64 spillOffset = 0;
        qint64 spillSize = 0;
    };
    void run();
    void recycle(Documents&& documents);
    Status build(const std::vector<std::string>& createSql);

    QString m_path;
    QStringList m_tables;
    sqlite3* m_side = nullptr;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Documents> m_free; // batches indexed, cleared for emptyDocuments()
    size_t m_inMemoryBatches = defaultInMemoryBatches;
    std::unique_ptr<DocumentSpill> m_spill;
    size_t m_spilledUnread = 0; // batches written to the spill file and not yet read back
    bool m_spillToFile = false;
    bool m_closed = false;
    bool m_failed = false;
    bool m_finished = false;
    Status m_status;
};

} // namespace rapport
