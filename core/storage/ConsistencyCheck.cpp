#include "storage/ConsistencyCheck.h"

#include "entity/EntityDescriptor.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/SyncFunctions.h"

namespace rapport {
namespace {

qint64 scalar(Database& db, const QString& sql) {
    Statement query(db.handle(), sql.toStdString());
    return query.next() ? query.int64(0) : -1;
}

} // namespace

QStringList ConsistencyCheck::run(Database& db) {
    QStringList problems;
    Statement integrity(db.handle(), "PRAGMA integrity_check");
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != u"ok")
            problems << tr("SQLite integrity: %1").arg(line);
    }
    if (!integrity.status())
        problems << tr("SQLite integrity check failed: %1").arg(integrity.status().message());

    Statement foreignKeys(db.handle(), "PRAGMA foreign_key_check");
    while (foreignKeys.next())
        problems << tr("%1 row %2 refers to a missing %3 record.")
                        .arg(foreignKeys.text(0))
                        .arg(foreignKeys.int64(1))
                        .arg(foreignKeys.text(2));

    for (const EntityDescriptor& entity : EntityCatalog::all()) {
        const qint64 badIds =
            scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id <= 0").arg(entity.table));
        if (badIds > 0)
            problems << tr("%1 has %2 records with an invalid id.").arg(entity.table).arg(badIds);
    }
    const struct {
        const char* table;
        const char* index;
    } indexes[] = {{"customers", "customer_search"}, {"contacts", "contact_search"}};
    for (const auto& pair : indexes) {
        const QString table = QString::fromLatin1(pair.table);
        const QString index = QString::fromLatin1(pair.index);
        const qint64 records = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 indexed = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(index));
        if (records != indexed)
            problems << tr("The search index %1 holds %2 entries for %3 %4.")
                            .arg(index)
                            .arg(indexed)
                            .arg(records)
                            .arg(table);
        Statement ftsCheck(
            db.handle(),
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index).toStdString());
        if (const Status checked = ftsCheck.exec(); !checked)
            problems << tr("The search index %1 is damaged: %2").arg(index, checked.message());
        const qint64 orphans = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM %1 s WHERE NOT EXISTS (SELECT 1 FROM %2 t WHERE t.id = s.rowid)")
                    .arg(index, table));
        if (orphans > 0)
            problems << tr("The search index %1 has %2 entries for deleted records.").arg(index).arg(orphans);
    }
    // Derived data (schema 14, storage/DerivedData.h) that segments and rules read instead of the records.
    if (scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'customer_tags'")) > 0) {
        const qint64 staleLatest = scalar(
            db, QStringLiteral("SELECT count(*) FROM customers c WHERE c.last_interaction_at IS NOT "
                               "(SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)"));
        if (staleLatest > 0)
            problems << tr("%1 customers show a latest interaction other than their interactions' latest.")
                            .arg(staleLatest);
        const qint64 staleTags = scalar(
            db, QStringLiteral("SELECT (SELECT count(*) FROM (SELECT customer_id, tag COLLATE NOCASE FROM "
                               "customer_tag_items EXCEPT SELECT customer_id, tag FROM customer_tags)) + "
                               "(SELECT count(*) FROM (SELECT customer_id, tag FROM customer_tags EXCEPT "
                               "SELECT customer_id, tag FROM customer_tag_items))"));
        if (staleTags > 0)
            problems << tr("The tag list customer_tags differs from the customers' tags in %1 items.")
                            .arg(staleTags);
    }
    problems << sync::changeLogProblems(db.handle());
    const qint64 me = db.meta(QStringLiteral("me_user_id")).toLongLong();
    Statement meUser(db.handle(), "SELECT count(*) FROM users WHERE id = ?1");
    meUser.bind(1, me);
    if (me != 0 && (!meUser.next() || meUser.int64(0) != 1))
        problems << tr("The database's own user (me_user_id %1) does not exist.").arg(me);
    const qint64 blankSortKeys =
        scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE sort_key = '' AND trim(name) <> ''"));
    if (blankSortKeys > 0)
        problems << tr("%1 customers have no sort key.").arg(blankSortKeys);
    return problems;
}

} // namespace rapport
