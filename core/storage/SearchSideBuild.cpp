#include "storage/SearchSideBuild.h"

#include "storage/BatchInsert.h"
#include "storage/DocumentSpill.h"
#include "storage/SearchTokenizer.h"
#include "storage/Statement.h"
#include "storage/TextFold.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace rapport {
namespace {

// FTS5 writes its pending terms out as a segment every `hashsize` bytes; a large buffer means fewer
// segments to write and merge (as in BulkLoad's own fill).
constexpr qint64 buildHashSize = 32 * 1024 * 1024;

Status sqliteFailure(sqlite3* db, int rc) {
    return Status::failure(describeSqliteError(db, rc));
}

QString quoted(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

SearchSideBuild::SearchSideBuild(const QString& directory, const QStringList& tables,
                                 const QStringList& createSql, size_t inMemoryBatches)
    : m_tables(tables), m_inMemoryBatches(inMemoryBatches) {
    QTemporaryFile scratch(QDir(directory).filePath(QStringLiteral("rapport-search-XXXXXX.tmp")));
    scratch.setAutoRemove(false);
    if (!scratch.open()) {
        m_status = Status::failure(tr("Cannot create a scratch file for the search index in %1: %2")
                                       .arg(QDir::toNativeSeparators(directory), scratch.errorString()));
        return;
    }
    m_path = scratch.fileName();
    scratch.close();
    m_spill = std::make_unique<DocumentSpill>(m_path + QStringLiteral(".spill"));
    const int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_side,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        m_status = sqliteFailure(m_side, rc);
        return;
    }
    std::vector<std::string> statements;
    for (const QString& sql : createSql)
        statements.push_back(sql.toStdString());
    if (m_status = build(statements); !m_status)
        return;
    m_worker = std::thread([this] { run(); });
}

SearchSideBuild::~SearchSideBuild() {
    if (m_worker.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_failed = true; // not finished: stop without completing the file
            m_queue.clear();
        }
        m_changed.notify_all();
        m_worker.join();
    }
    if (m_side)
        sqlite3_close(m_side);
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

Status SearchSideBuild::build(const std::vector<std::string>& createSql) {
    // The scratch file is thrown away whatever happens: no journal, no syncing. Its pages are the largest
    // SQLite has: the documents and blocks it writes, and the load later reads back, go in a sixteenth of
    // the system calls (bench-search-build, a million contacts: 4.3-4.4 s of CPU with 4 KiB pages, 3.6-3.8 s
    // with 64 KiB).
    if (const int rc = registerSearchTokenizer(m_side); rc != SQLITE_OK)
        return sqliteFailure(m_side, rc);
    for (const char* pragma : {"PRAGMA page_size = 65536", "PRAGMA journal_mode = OFF",
                               "PRAGMA synchronous = OFF", "PRAGMA cache_size = -8192"}) {
        Statement statement(m_side, pragma);
        statement.next();
        if (!statement.status())
            return statement.status();
    }
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (const Status created = Statement(m_side, createSql[static_cast<size_t>(i)]).exec(); !created)
            return created;
        Statement hashSize(m_side, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?1)")
                                       .arg(quoted(m_tables[i]))
                                       .toStdString());
        if (const Status set = hashSize.bind(1, buildHashSize).exec(); !set)
            return set;
    }
    return Statement(m_side, "BEGIN").exec();
}

void SearchSideBuild::packPart(std::string& packed, std::string_view part) {
    const auto size = static_cast<quint32>(part.size());
    packed.append(reinterpret_cast<const char*>(&size), sizeof size);
    packed.append(part);
}

namespace {
std::string foldPacked(std::string_view packed) {
    std::vector<std::string_view> parts;
    while (packed.size() >= sizeof(quint32)) {
        quint32 size = 0;
        std::memcpy(&size, packed.data(), sizeof size);
        packed.remove_prefix(sizeof size);
        parts.push_back(packed.substr(0, size));
        packed.remove_prefix(std::min<size_t>(size, packed.size()));
    }
    return foldJoin(parts);
}
} // namespace

bool SearchSideBuild::add(int table, Documents&& documents, bool parts) {
    Batch batch{table, parts, {}, false, 0, 0};
    bool rewind = false;
    {
        std::unique_lock lock(m_mutex);
        if (!m_spillToFile)
            m_changed.wait(lock, [this] { return m_failed || m_queue.size() < m_inMemoryBatches; });
        if (m_failed || m_closed)
            return false;
        // Once batches wait in the file, the ones after them go there too, so that the builder takes them
        // in the order they came.
        batch.spilled = m_queue.size() >= m_inMemoryBatches || m_spilledUnread > 0;
        rewind = m_spilledUnread == 0; // nothing in the file is still to be read: start it again
    }
    if (batch.spilled) {
        DocumentSpill::Place place;
        if (const Status written = m_spill->write(documents, rewind, &place); !written) {
            const std::lock_guard lock(m_mutex);
            m_failed = true;
            m_status = written;
            m_queue.clear();
            m_changed.notify_all();
            return false;
        }
        batch.spillOffset = place.offset;
        batch.spillSize = place.size;
        recycle(std::move(documents)); // in the file now
    } else {
        batch.documents = std::move(documents);
    }
    {
        const std::lock_guard lock(m_mutex);
        if (batch.spilled)
            ++m_spilledUnread;
        m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
    return true;
}

SearchSideBuild::Documents SearchSideBuild::emptyDocuments() {
    const std::lock_guard lock(m_mutex);
    if (m_free.empty())
        return {};
    Documents documents = std::move(m_free.back());
    m_free.pop_back();
    return documents;
}

void SearchSideBuild::recycle(Documents&& documents) {
    documents.bytes.clear(); // the memory stays with the buffers
    documents.entries.clear();
    const std::lock_guard lock(m_mutex);
    if (m_free.size() < m_inMemoryBatches)
        m_free.push_back(std::move(documents));
}

void SearchSideBuild::spillToFile() {
    const std::lock_guard lock(m_mutex);
    m_spillToFile = true;
}

void SearchSideBuild::run() {
    std::vector<Statement> inserts;
    for (const QString& table : std::as_const(m_tables))
        inserts.emplace_back(
            m_side,
            QStringLiteral("INSERT INTO %1 (rowid, doc) VALUES (?1, ?2)").arg(quoted(table)).toStdString());
    Status outcome;
    for (const Statement& insert : inserts) {
        if (!insert.status())
            outcome = insert.status();
    }
    while (outcome) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_closed || !m_queue.empty(); });
            if (m_failed)
                return; // abandoned: the destructor removes the file
            if (m_queue.empty())
                break; // closed, and everything indexed
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        if (batch.spilled) {
            outcome = m_spill->read({batch.spillOffset, batch.spillSize}, &batch.documents);
            {
                const std::lock_guard lock(m_mutex);
                --m_spilledUnread; // read: the load may write over it
            }
            if (!outcome)
                break;
        }
        Statement& insert = inserts[static_cast<size_t>(batch.table)];
        std::string folded;
        for (const Documents::Entry& entry : batch.documents.entries) {
            insert.bind(1, entry.id);
            if (entry.null) {
                insert.bindNull(2);
            } else if (batch.parts) {
                folded = foldPacked(batch.documents.text(entry));
                insert.bindTextStatic(2, folded);
            } else {
                insert.bindTextStatic(2, batch.documents.text(entry));
            }
            if (outcome = insert.exec(); !outcome)
                break;
        }
        recycle(std::move(batch.documents));
    }
    if (outcome)
        outcome = Statement(m_side, "COMMIT").exec();
    if (!outcome) {
        const std::lock_guard lock(m_mutex);
        m_failed = true;
        m_status = Status::failure(tr("Cannot build the search index in %1: %2")
                                       .arg(QDir::toNativeSeparators(m_path), outcome.message()));
    }
    m_changed.notify_all();
}

void SearchSideBuild::close() {
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

Status SearchSideBuild::finish() {
    if (!m_worker.joinable())
        return m_status.ok() ? Status::failure(tr("The search index was not being built.")) : m_status;
    close();
    m_worker.join();
    m_finished = m_status.ok();
    return m_status;
}

Status SearchSideBuild::takeInto(sqlite3* db, const QString& table) const {
    if (!m_finished || !m_tables.contains(table))
        return Status::failure(tr("The search index %1 was not built.").arg(table));
    // FTS5 keeps a table in its blocks (_data: the segments, with the structure record that lists them),
    // its term index (_idx), the documents (_content) and, where column sizes are kept, _docsize. The
    // table's _config stays the database's own.
    Statement shadows(m_side,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN (?1, ?2, ?3, ?4)");
    shadows.bind(1, table + QStringLiteral("_data")).bind(2, table + QStringLiteral("_idx"));
    shadows.bind(3, table + QStringLiteral("_content")).bind(4, table + QStringLiteral("_docsize"));
    QStringList names;
    while (shadows.next())
        names << shadows.text(0);
    if (!shadows.status())
        return shadows.status();
    for (const QString& name : std::as_const(names)) {
        if (const Status cleared =
                Statement(db, QStringLiteral("DELETE FROM %1").arg(quoted(name)).toStdString()).exec();
            !cleared)
            return cleared;
        sqlite3_stmt* read = nullptr;
        const std::string select = QStringLiteral("SELECT * FROM %1").arg(quoted(name)).toStdString();
        if (const int rc = sqlite3_prepare_v2(m_side, select.c_str(), -1, &read, nullptr); rc != SQLITE_OK)
            return sqliteFailure(m_side, rc);
        const int columns = sqlite3_column_count(read);
        QStringList columnNames;
        for (int i = 0; i < columns; ++i)
            columnNames << quoted(QString::fromUtf8(sqlite3_column_name(read, i)));
        // Many rows per statement (a million documents are a million rows of _content).
        BatchInsert insert(db, quoted(name).toStdString(), columnNames.join(QLatin1Char(',')).toStdString(),
                           columns);
        Status copied;
        while (copied) {
            const int step = sqlite3_step(read);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW) {
                copied = sqliteFailure(m_side, step);
                break;
            }
            for (int i = 0; i < columns; ++i) {
                const auto bytes = [&] {
                    const void* data = sqlite3_column_blob(read, i);
                    return std::string_view(static_cast<const char*>(data),
                                            static_cast<size_t>(sqlite3_column_bytes(read, i)));
                };
                switch (sqlite3_column_type(read, i)) {
                case SQLITE_INTEGER:
                    insert.bind(i + 1, static_cast<qint64>(sqlite3_column_int64(read, i)));
                    break;
                case SQLITE_TEXT:
                    insert.bindText(i + 1, bytes());
                    break;
                case SQLITE_BLOB:
                    insert.bindBlob(i + 1, bytes());
                    break;
                case SQLITE_NULL:
                    insert.bindNull(i + 1);
                    break;
                default: // FTS5 keeps no floating-point values
                    copied = Status::failure(tr("Unexpected value in the search index %1.").arg(name));
                }
            }
            insert.endRow();
            if (copied && insert.isFull())
                copied = insert.flush();
        }
        if (copied)
            copied = insert.flush();
        sqlite3_finalize(read);
        if (!copied)
            return copied;
    }
    return Status::success();
}

} // namespace rapport
