// Sync: recording the rows of a bulk load, one statement per table, and the images of those records (see
// SyncFunctions.h).
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <sqlite3.h>
#include <vector>

namespace rapport::sync {

namespace {

// Ids in ascending order as runs of consecutive values: the id generator hands a bulk load hundreds of
// consecutive ids a millisecond, so a million contacts make a few thousand runs.
struct IdRun {
    qint64 first = 0;
    qint64 count = 0;
};

QByteArray encodeRuns(const std::vector<IdRun>& runs) {
    QByteArray bytes(static_cast<qsizetype>(runs.size() * 2 * sizeof(qint64)), Qt::Uninitialized);
    char* out = bytes.data();
    for (const IdRun& run : runs) {
        qToLittleEndian(run.first, out);
        qToLittleEndian(run.count, out + sizeof(qint64));
        out += 2 * sizeof(qint64);
    }
    return bytes;
}

bool tablePresent(sqlite3* db, const char* name, Status* status) {
    Statement present(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    present.bind(1, QString::fromLatin1(name));
    const bool found = present.next();
    *status = present.status();
    return found;
}

// The runs of a held row and the number of ids they hold: 0 when the list cannot be read.
qint64 readRuns(const QByteArray& bytes, std::vector<IdRun>* runs) {
    runs->clear();
    if (bytes.size() % (2 * sizeof(qint64)) != 0)
        return 0;
    qint64 ids = 0;
    for (const char* in = bytes.constData(); in < bytes.constData() + bytes.size();
         in += 2 * sizeof(qint64)) {
        const IdRun run{qFromLittleEndian<qint64>(in), qFromLittleEndian<qint64>(in + sizeof(qint64))};
        if (run.count <= 0)
            return 0;
        runs->push_back(run);
        ids += run.count;
    }
    return ids;
}

QString damagedRecordsMessage(const QString& table, qint64 firstSeq, qint64 ids, qint64 records) {
    return QCoreApplication::translate(
               "SyncService", "The held change records of table %1 from number %2 are damaged (%3 ids "
                              "for %4 records).")
        .arg(table)
        .arg(firstSeq)
        .arg(ids)
        .arg(records);
}

} // namespace

Status recordBulkInserts(sqlite3* db, qint64 firstId) {
    Status status;
    if (!tablePresent(db, "sync_log", &status))
        return status; // a schema before sync: nothing records changes
    const SyncSchema schema = SyncSchema::read(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 seq = 0;
    qint64 clock = 0;
    {
        // The next sequence number, and the next clock value: above the wall clock, this connection's last
        // value and every clock seen in imported changes.
        Statement last(db,
                       "SELECT coalesce(max(seq), 0) + 1, rapport_hlc((SELECT value FROM meta WHERE key = "
                       "'sync_hlc_floor')) FROM sync_log WHERE origin = 0");
        if (!last.next())
            return last.status();
        seq = last.int64(0);
        clock = last.int64(1);
    }
    // In id order, each row the next sequence number and the next clock value, as the triggers would have
    // given them one call after another; the image (vals) is the row itself, read when a package or a merge
    // needs it (insertImage). All but the last record of each table are kept as runs of ids
    // (sync_bulk_inserts) until expandBulkInserts writes them out; the last goes to sync_log now, so the
    // triggers number the next change after the load's.
    Statement record(db, "INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals, created_at, updated_at) "
                         "VALUES (0, ?1, ?2, ?3, ?4, 'I', NULL, ?5, ?5)");
    Statement held(db, "INSERT INTO sync_bulk_inserts (first_seq, first_hlc, tbl, records, id_runs, "
                       "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    std::vector<IdRun> runs;
    for (const TableInfo& table : schema.tables()) { // parents first, as the triggers would have
        if (!table.rowidKey)
            continue; // its insert trigger kept recording during the load
        Statement ids(db, QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= ?1 ORDER BY %1")
                              .arg(quotedIdentifier(table.pkColumn), quotedIdentifier(table.name))
                              .toStdString());
        ids.bind(1, firstId);
        runs.clear();
        qint64 records = 0;
        while (ids.next()) {
            const qint64 id = ids.int64(0);
            if (!runs.empty() && runs.back().first + runs.back().count == id)
                ++runs.back().count;
            else
                runs.push_back({id, 1});
            ++records;
        }
        if (!ids.status())
            return ids.status();
        if (records > 0) {
            const qint64 lastId = runs.back().first + runs.back().count - 1;
            if (--runs.back().count == 0)
                runs.pop_back();
            if (records > 1) {
                held.reset();
                held.bind(1, seq).bind(2, clock).bind(3, table.name).bind(4, records - 1);
                const QByteArray encoded = encodeRuns(runs); // bound without a copy, alive until exec
                held.bindBlobStatic(5, {encoded.constData(), static_cast<size_t>(encoded.size())})
                    .bind(6, now);
                if (const Status kept = held.exec(); !kept)
                    return kept;
            }
            record.reset();
            record.bind(1, seq + records - 1).bind(2, clock + records - 1).bind(3, table.name);
            record.bind(4, lastId).bind(5, now);
            if (const Status written = record.exec(); !written)
                return written;
        }
        seq += records;
        clock += records;
    }
    // The connection's clock moves past the values handed out here.
    Statement advance(db, "SELECT rapport_hlc(?1)");
    advance.bind(1, clock - 1);
    advance.next();
    return advance.status();
}

QStringList changeLogProblems(sqlite3* db) {
    QStringList problems;
    Status status;
    if (!tablePresent(db, "sync_bulk_inserts", &status))
        return problems;
    Statement held(db, "SELECT first_seq, tbl, records, id_runs FROM sync_bulk_inserts");
    std::vector<IdRun> runs;
    while (held.next()) {
        const qint64 ids = readRuns(held.value(3).toByteArray(), &runs);
        if (ids != held.int64(2))
            problems << damagedRecordsMessage(held.text(1), held.int64(0), ids, held.int64(2));
    }
    // This copy's own changes are numbered 1, 2, 3, ... with no gap (the records held count): a copy that
    // imports its packages would stop at a gap.
    Statement numbers(db, "SELECT coalesce(max(seq), 0), count(*) + (SELECT coalesce(sum(records), 0) FROM "
                          "sync_bulk_inserts) FROM sync_log WHERE origin = 0");
    if (numbers.next() && numbers.int64(0) != numbers.int64(1))
        problems << QCoreApplication::translate(
                        "SyncService",
                        "This copy's change log numbers its changes up to %1 but holds %2 of them.")
                        .arg(numbers.int64(0))
                        .arg(numbers.int64(1));
    if (!held.status() || !numbers.status())
        problems << (held.status() ? numbers.status() : held.status()).message();
    return problems;
}

Status expandBulkInserts(sqlite3* db) {
    Status status;
    if (!tablePresent(db, "sync_bulk_inserts", &status))
        return status;
    Statement held(db,
                   "SELECT first_seq, first_hlc, tbl, records, id_runs, created_at FROM sync_bulk_inserts "
                   "ORDER BY first_seq");
    // One statement a run: a recursive count from 0 gives the run's ids, sequence numbers and clocks.
    Statement write(db, "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < ?1) "
                        "INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals, created_at, updated_at) "
                        "SELECT 0, ?2 + i, ?3 + i, ?4, ?5 + i, 'I', NULL, ?6, ?6 FROM k");
    bool any = false;
    std::vector<IdRun> runs;
    while (held.next()) {
        any = true;
        const qint64 firstSeq = held.int64(0);
        const qint64 firstHlc = held.int64(1);
        const QString table = held.text(2);
        const qint64 records = held.int64(3);
        const QString stamp = held.text(5);
        if (const qint64 ids = readRuns(held.value(4).toByteArray(), &runs); ids != records)
            return Status::failure(damagedRecordsMessage(table, firstSeq, ids, records));
        qint64 offset = 0;
        for (const IdRun& run : runs) {
            write.reset();
            write.bind(1, run.count).bind(2, firstSeq + offset).bind(3, firstHlc + offset);
            write.bind(4, table).bind(5, run.first).bind(6, stamp);
            if (const Status written = write.exec(); !written)
                return written;
            offset += run.count;
        }
    }
    if (!held.status() || !any)
        return held.status();
    Statement done(db, "DELETE FROM sync_bulk_inserts");
    return done.exec();
}

InsertImages::InsertImages(sqlite3* db, const SyncSchema& schema) : m_db(db), m_schema(schema) {}

InsertImages::~InsertImages() = default;

QByteArray InsertImages::image(const QString& tableName, const QVariant& pk) {
    const TableInfo* table = m_schema.table(tableName);
    if (!table)
        return QByteArrayLiteral("{}");
    auto found = m_rows.find(tableName);
    if (found == m_rows.end()) {
        QStringList pairs;
        for (const QString& column : table->columns)
            pairs << QStringLiteral("%1, %2").arg(quotedLiteral(column), quotedIdentifier(column));
        found =
            m_rows
                .emplace(tableName,
                         std::make_unique<Statement>(
                             m_db, QStringLiteral("SELECT json_object(%1) FROM %2 WHERE %3 = ?1")
                                       .arg(pairs.join(QStringLiteral(", ")), quotedIdentifier(table->name),
                                            quotedIdentifier(table->pkColumn))
                                       .toStdString()))
                .first;
    }
    Statement& row = *found->second;
    row.reset();
    row.bind(1, pk);
    if (row.next())
        return row.text(0).toUtf8();
    // Deleted since: the record as it was then, which its delete record keeps.
    if (!m_deleted)
        m_deleted =
            std::make_unique<Statement>(m_db, "SELECT vals FROM sync_log WHERE tbl = ?1 AND pk = ?2 AND "
                                              "op = 'D' ORDER BY hlc DESC LIMIT 1");
    m_deleted->reset();
    m_deleted->bind(1, tableName).bind(2, pk);
    if (m_deleted->next())
        return m_deleted->text(0).toUtf8();
    // Neither (a record removed while nothing recorded it): the key alone, which is all that is known.
    return QJsonDocument(QJsonObject{{table->pkColumn, QJsonValue::fromVariant(pk)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace rapport::sync
