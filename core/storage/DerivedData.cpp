#include "storage/DerivedData.h"

#include "storage/Statement.h"
#include "sync/SyncFunctions.h"

#include <QDateTime>

namespace rapport {

Status refreshDerivedData(sqlite3* db, qint64 firstId) {
    {
        Statement present(
            db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'customer_tags'");
        if (!present.next() || present.int64(0) == 0)
            return present.status(); // before schema 14: nothing to keep
    }
    // Derived data is never recorded for sync (sync::SyncSchema::isDerivedColumn, customer_tags is local):
    // with capture off the customers' update trigger and the pre-update hook skip these rows altogether.
    const sync::CaptureSuspension suspended(db);
    // The load's interactions can only raise a customer's latest (deletes and updates kept it meanwhile,
    // their triggers stay on), as the insert trigger would have row by row.
    Statement latest(db, "UPDATE customers SET last_interaction_at = latest.occurred_at "
                         "FROM (SELECT customer_id, max(occurred_at) AS occurred_at FROM interactions "
                         "WHERE id >= ?1 AND customer_id IS NOT NULL GROUP BY customer_id) AS latest "
                         "WHERE customers.id = latest.customer_id AND (customers.last_interaction_at IS NULL "
                         "OR customers.last_interaction_at < latest.occurred_at)");
    latest.bind(1, firstId);
    if (const Status updated = latest.exec(); !updated)
        return updated;
    // One time stamp for all of them: the column's default, strftime('now') for every row, was half the cost
    // of this statement (2.2 s of 4.5 s for 800,000 tags).
    Statement tags(db, "INSERT OR IGNORE INTO customer_tags (tag, customer_id, created_at, updated_at) "
                       "SELECT tag, customer_id, ?2, ?2 FROM customer_tag_items WHERE customer_id >= ?1");
    tags.bind(1, firstId);
    tags.bind(2, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    return tags.exec();
}

Status dropTriggersSkippingBulkLoads(sqlite3* db, QList<QByteArray>* dropped) {
    QList<QPair<QByteArray, QByteArray>> found;
    {
        Statement triggers(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE "
                               "'%rapport_bulk() = 0%'");
        while (triggers.next()) {
            // Only a trigger whose WHEN clause requires rapport_bulk() = 0 (alone or joined by AND) is sure
            // to do nothing while the load runs.
            const QString sql = triggers.text(1);
            const qsizetype when = sql.indexOf(QLatin1String(" WHEN "), 0, Qt::CaseInsensitive);
            const qsizetype begin = sql.indexOf(QLatin1String(" BEGIN"), 0, Qt::CaseInsensitive);
            if (when < 0 || begin < when)
                continue;
            const QString condition = sql.mid(when + 6, begin - when - 6);
            if (condition.contains(QLatin1String("rapport_bulk() = 0")) &&
                !condition.contains(QLatin1String(" OR "), Qt::CaseInsensitive))
                found.append({triggers.text(0).toUtf8(), triggers.text(1).toUtf8()});
        }
        if (!triggers.status())
            return triggers.status();
    }
    for (const auto& [name, sql] : found) {
        Statement drop(db, "DROP TRIGGER \"" + name.toStdString() + '"');
        if (const Status done = drop.exec(); !done)
            return done;
        dropped->append(sql);
    }
    return Status::success();
}

Status restoreTriggers(sqlite3* db, const QList<QByteArray>& dropped) {
    for (const QByteArray& sql : dropped) {
        Statement create(db, sql.toStdString());
        if (const Status done = create.exec(); !done)
            return done;
    }
    return Status::success();
}

} // namespace rapport
