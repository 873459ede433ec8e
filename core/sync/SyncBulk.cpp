// Sync: recording the rows of a bulk load in one statement per table (see SyncFunctions.h).
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncSchema.h"

#include <QDateTime>
#include <sqlite3.h>

namespace rapport::sync {
namespace {} // namespace

Status recordBulkInserts(sqlite3* db, qint64 firstId) {
    {
        Statement present(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_log'");
        if (!present.next())
            return present.status(); // a schema before sync: nothing records changes
    }
    const SyncSchema schema = SyncSchema::read(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 seq = 0;
    QVariant floor;
    {
        Statement last(db,
                       "SELECT coalesce(max(seq), 0), (SELECT value FROM meta WHERE key = 'sync_hlc_floor') "
                       "FROM sync_log WHERE origin = 0");
        if (!last.next())
            return last.status();
        seq = last.int64(0);
        floor = last.value(1);
    }
    Statement insert(db, "INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals, created_at, updated_at) "
                         "VALUES (0, ?1, ?2, ?3, ?4, 'I', ?5, ?6, ?6)");
    for (const TableInfo& table : schema.tables()) { // parents first, as the triggers would have
        if (!table.rowidKey)
            continue; // its insert trigger kept recording during the load
        QStringList pairs;
        for (const QString& column : table.columns)
            pairs << QStringLiteral("%1, %2").arg(quotedLiteral(column), quotedIdentifier(column));
        // In id order, each row the next sequence number and clock value, as the triggers would have.
        Statement rows(db,
                       QStringLiteral("SELECT %1, rapport_hlc(?2), json_object(%2) FROM %3 WHERE %1 >= ?1 "
                                      "ORDER BY %1")
                           .arg(quotedIdentifier(table.pkColumn), pairs.join(QStringLiteral(", ")),
                                quotedIdentifier(table.name))
                           .toStdString());
        rows.bind(1, firstId).bind(2, floor);
        while (rows.next()) {
            insert.reset();
            insert.bind(1, ++seq).bind(2, rows.int64(1)).bind(3, table.name).bind(4, rows.int64(0));
            insert.bindText(5, rows.utf8(2)).bind(6, now);
            if (const Status done = insert.exec(); !done)
                return done;
        }
        if (!rows.status())
            return rows.status();
    }
    return Status::success();
}

} // namespace rapport::sync
