// SyncService: the conflict inbox (listing and settling conflicts).
#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncSchema.h"
#include "sync/SyncService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

const EntityDescriptor* entityForTable(const QString& table) {
    for (const EntityDescriptor& entity : EntityCatalog::all())
        if (entity.table == table)
            return &entity;
    return nullptr;
}

ConflictKind kindFromText(const QString& text) {
    if (text == u"deleted")
        return ConflictKind::Deleted;
    if (text == u"orphan")
        return ConflictKind::Orphan;
    if (text == u"duplicate")
        return ConflictKind::Duplicate;
    return ConflictKind::Field;
}

QDateTime hlcTime(const QVariant& hlc) {
    return hlc.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(hlc.toLongLong() >> 16, Qt::UTC);
}

bool rowExists(sqlite3* db, const TableInfo& table, const QVariant& pk) {
    Statement s(db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?1")
                        .arg(quotedIdentifier(table.name), quotedIdentifier(table.pkColumn))
                        .toStdString());
    s.bind(1, pk);
    return s.next();
}

} // namespace

QString conflictKindName(ConflictKind kind) {
    switch (kind) {
    case ConflictKind::Deleted:
        return QStringLiteral("deleted");
    case ConflictKind::Orphan:
        return QStringLiteral("orphan");
    case ConflictKind::Duplicate:
        return QStringLiteral("duplicate");
    case ConflictKind::Field:
        break;
    }
    return QStringLiteral("field");
}

QList<Conflict> SyncService::conflicts(bool openOnly) const {
    QList<Conflict> all;
    Statement s(
        m_db.handle(),
        "SELECT c.id, c.kind, c.tbl, c.pk, c.col, c.kept_value, coalesce(k.name, k.uuid), c.kept_hlc, "
        "c.kept_device, c.other_value, coalesce(o.name, o.uuid), c.other_hlc, c.other_device, c.other_pk, "
        "c.status, c.resolution, c.created_at FROM sync_conflicts c LEFT JOIN sync_devices k ON k.id = "
        "c.kept_device LEFT JOIN sync_devices o ON o.id = c.other_device WHERE ?1 = 0 OR c.status = 'open' "
        "ORDER BY c.id DESC");
    s.bind(1, openOnly ? 1 : 0);
    RecordStore store(m_db);
    while (s.next()) {
        Conflict c;
        c.id = s.int64(0);
        c.kind = kindFromText(s.text(1));
        c.table = s.text(2);
        c.pk = s.value(3);
        c.column = s.text(4);
        c.keptValue = s.value(5);
        c.keptDevice = s.text(6);
        c.keptAt = hlcTime(s.value(7));
        c.keptIsLocal = !s.isNull(8) && s.int64(8) == 0;
        c.otherValue = s.value(9);
        c.otherDevice = s.text(10);
        c.otherAt = hlcTime(s.value(11));
        c.otherIsLocal = !s.isNull(12) && s.int64(12) == 0;
        c.otherPk = s.value(13);
        c.status = s.text(14);
        c.resolution = s.text(15);
        c.createdAt = QDateTime::fromString(s.text(16), Qt::ISODateWithMs);
        if (const EntityDescriptor* entity = entityForTable(c.table))
            c.recordName = store.displayName(*entity, c.pk.toLongLong());
        all << c;
    }
    return all;
}

Status SyncService::restoreRecord(const QString& tableName, const QVariant& pk, const QVariantMap& values,
                                  int depth) {
    sqlite3* db = m_db.handle();
    const SyncSchema schema = SyncSchema::read(db);
    const TableInfo* table = schema.table(tableName);
    if (!table || depth > 8)
        return Status::failure(tr("The record cannot be restored."));
    if (rowExists(db, *table, pk))
        return Status::success();
    for (const ForeignKey& key : table->foreignKeys) {
        const QVariant parent = values.value(key.column);
        if (parent.isNull() || !parent.isValid())
            continue;
        const TableInfo* parentTable = schema.table(key.parentTable);
        if (!parentTable || rowExists(db, *parentTable, parent))
            continue;
        Statement last(
            db,
            "SELECT vals FROM sync_log WHERE tbl = ?1 AND pk = ?2 AND op = 'D' ORDER BY hlc DESC LIMIT 1");
        last.bind(1, key.parentTable).bind(2, parent);
        if (!last.next())
            return Status::failure(tr("The record cannot be restored: the record it belongs to is gone."));
        const QVariantMap parentValues =
            QJsonDocument::fromJson(last.text(0).toUtf8()).object().toVariantMap();
        last = Statement(db, "SELECT 1");
        if (const Status restored = restoreRecord(key.parentTable, parent, parentValues, depth + 1);
            !restored)
            return restored;
    }
    QStringList columns;
    QStringList marks;
    QVariantList bound;
    for (const QString& column : table->columns) {
        if (!values.contains(column))
            continue;
        columns << quotedIdentifier(column);
        bound << (column == u"updated_at"
                      ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                      : values.value(column));
        marks << QStringLiteral("?%1").arg(bound.size());
    }
    Statement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(quotedIdentifier(table->name), columns.join(QLatin1Char(',')),
                                  marks.join(QLatin1Char(',')))
                             .toStdString());
    for (int i = 0; i < bound.size(); ++i)
        insert.bind(i + 1, bound[i]);
    return insert.exec();
}

Status SyncService::resolve(qint64 conflictId, Resolution resolution) {
    sqlite3* db = m_db.handle();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    Statement s(db,
                "SELECT kind, tbl, pk, col, other_value, snapshot, status FROM sync_conflicts WHERE id = ?1");
    s.bind(1, conflictId);
    if (!s.next())
        return Status::failure(tr("There is no conflict %1.").arg(conflictId));
    const ConflictKind kind = kindFromText(s.text(0));
    const QString table = s.text(1);
    const QVariant pk = s.value(2);
    const QString column = s.text(3);
    const QVariant other = s.value(4);
    const QString snapshot = s.text(5);
    if (s.text(6) != u"open")
        return Status::failure(tr("Conflict %1 was already settled.").arg(conflictId));
    s = Statement(db, "SELECT 1");
    QString outcome;
    switch (resolution) {
    case Resolution::KeepCurrent:
        outcome = QStringLiteral("kept");
        break;
    case Resolution::Dismiss:
        outcome = QStringLiteral("dismissed");
        break;
    case Resolution::TakeOther: {
        if (kind != ConflictKind::Field)
            return Status::failure(tr("Only a conflict about a field has another value to take."));
        const EntityDescriptor* entity = entityForTable(table);
        if (entity && entity->fieldNames().contains(column)) {
            const WriteResult written = RecordStore(m_db).update(*entity, pk.toLongLong(), {{column, other}});
            if (!written.ok())
                return Status::failure(written.message());
        } else {
            const SyncSchema schema = SyncSchema::read(db);
            const TableInfo* info = schema.table(table);
            if (!info || !info->hasColumn(column))
                return Status::failure(tr("The field %1 no longer exists.").arg(column));
            const QString touch = info->hasColumn(QStringLiteral("updated_at"))
                                      ? QStringLiteral(", updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
                                      : QString();
            Statement update(db, QStringLiteral("UPDATE %1 SET %2 = ?2%3 WHERE %4 = ?1")
                                     .arg(quotedIdentifier(table), quotedIdentifier(column), touch,
                                          quotedIdentifier(info->pkColumn))
                                     .toStdString());
            update.bind(1, pk).bind(2, other);
            if (const Status done = update.exec(); !done)
                return done;
        }
        outcome = QStringLiteral("other");
        break;
    }
    case Resolution::Restore: {
        if (kind != ConflictKind::Deleted && kind != ConflictKind::Orphan)
            return Status::failure(tr("Only a deleted record can be restored."));
        const QVariantMap values = QJsonDocument::fromJson(snapshot.toUtf8()).object().toVariantMap();
        if (const Status restored = restoreRecord(table, pk, values, 0); !restored)
            return restored;
        outcome = QStringLiteral("restored");
        break;
    }
    }
    Statement mark(db,
                   "UPDATE sync_conflicts SET status = CASE WHEN ?2 = 'dismissed' THEN 'dismissed' ELSE "
                   "'resolved' END, resolution = ?2, resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                   "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    mark.bind(1, conflictId).bind(2, outcome);
    if (const Status marked = mark.exec(); !marked)
        return marked;
    return transaction.commit();
}

} // namespace rapport::sync
