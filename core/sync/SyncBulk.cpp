// Sync: recording the rows of a bulk load, one statement per table, and the images of those records (see
// SyncFunctions.h).
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncSchema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace rapport::sync {

Status recordBulkInserts(sqlite3* db, qint64 firstId) {
    {
        Statement present(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_log'");
        if (!present.next())
            return present.status(); // a schema before sync: nothing records changes
    }
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
    // needs it (insertImage). One INSERT ... SELECT per table, numbered by rapport_counter() as the rows
    // come in id order (the table's own order, so nothing is sorted): row_number() staged every id in a
    // temporary B-tree first (1.6 s of 3.6 s for 1.25 million contacts), and binding the records from C++
    // nine values at a time cost the rest of a second.
    {
        Statement start(db, "SELECT rapport_counter(0, ?1), rapport_counter(1, ?2)");
        start.bind(1, seq).bind(2, clock);
        if (!start.next())
            return start.status();
    }
    const std::string stamp = now.toStdString();
    for (const TableInfo& table : schema.tables()) { // parents first, as the triggers would have
        if (!table.rowidKey)
            continue; // its insert trigger kept recording during the load
        Statement records(
            db, QStringLiteral(
                    "INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals, created_at, updated_at) "
                    "SELECT 0, rapport_counter(0), rapport_counter(1), ?1, %1, 'I', NULL, ?2, ?2 "
                    "FROM %2 WHERE %1 >= ?3 ORDER BY %1")
                    .arg(quotedIdentifier(table.pkColumn), quotedIdentifier(table.name))
                    .toStdString());
        records.bind(1, table.name).bindText(2, stamp).bind(3, firstId);
        if (const Status written = records.exec(); !written)
            return written;
    }
    {
        Statement next(db, "SELECT rapport_counter(1)");
        if (!next.next())
            return next.status();
        clock = next.int64(0);
    }
    // The connection's clock moves past the values handed out here.
    Statement advance(db, "SELECT rapport_hlc(?1)");
    advance.bind(1, clock - 1);
    advance.next();
    return advance.status();
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
