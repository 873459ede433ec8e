#include "repository/RecordStore.h"

#include "repository/FieldNormalizer.h"
#include "repository/FilterSql.h"
#include "sales/LeadService.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace rapport {
namespace {

QString columnList(const EntityDescriptor& entity, const QString& alias) {
    QStringList columns{alias + QStringLiteral(".id")};
    for (const FieldDescriptor& field : entity.fields)
        columns << alias + QLatin1Char('.') + field.name;
    columns << alias + QStringLiteral(".created_at") << alias + QStringLiteral(".updated_at");
    return columns.join(QStringLiteral(", "));
}

Record readRecord(const EntityDescriptor& entity, const Statement& row) {
    Record record;
    record.id = row.int64(0);
    int column = 1;
    for (const FieldDescriptor& field : entity.fields)
        record.values.insert(field.name, row.value(column++));
    record.values.insert(QStringLiteral("created_at"), row.value(column++));
    record.values.insert(QStringLiteral("updated_at"), row.value(column));
    return record;
}

} // namespace

QString WriteResult::message() const {
    if (!status.ok())
        return status.message();
    QStringList lines;
    for (const FieldError& error : fieldErrors)
        lines << QStringLiteral("%1: %2").arg(error.field, error.message);
    return lines.join(QLatin1Char('\n'));
}

RecordStore::RecordStore(Database& db) : m_db(db) {}

bool RecordStore::exists(const EntityDescriptor& entity, qint64 id) const {
    Statement& query =
        m_db.cachedStatement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(entity.table));
    query.bind(1, id);
    const bool found = query.next();
    query.reset(); // a cached statement must not stay open on a row
    return found;
}

QList<FieldError> RecordStore::checkReferences(const EntityDescriptor& entity,
                                               const QVariantMap& values) const {
    QList<FieldError> errors;
    for (const FieldDescriptor& field : entity.fields) {
        if (field.type != FieldType::Reference)
            continue;
        const QVariant value = values.value(field.name);
        if (value.isNull() || !value.isValid())
            continue;
        const EntityDescriptor* target = EntityCatalog::find(field.reference);
        if (target && !exists(*target, value.toLongLong()))
            errors.append({field.name, tr("There is no %1 with id %2.")
                                           .arg(target->translatedLabel().toLower())
                                           .arg(value.toLongLong())});
    }
    return errors;
}

WriteResult RecordStore::insert(const EntityDescriptor& entity, QVariantMap values) {
    WriteResult result;
    result.fieldErrors = FieldNormalizer::normalize(entity, values, false);
    if (!result.fieldErrors.isEmpty())
        return result;
    if (entity.table != u"leads")
        return write(entity, m_db.ids().next(), values, true);
    // A lead typed in goes through the assignment rules at once, in the same transaction.
    Transaction transaction(m_db.handle());
    result = write(entity, m_db.ids().next(), values, true);
    if (result.ok())
        LeadService(m_db).assignNew({result.id}, {}, &result.status);
    if (result.ok())
        result.status = transaction.commit();
    return result;
}

WriteResult RecordStore::update(const EntityDescriptor& entity, qint64 id, const QVariantMap& changes) {
    WriteResult result;
    const std::optional<Record> existing = get(entity, id);
    if (!existing) {
        result.status =
            Status::failure(tr("There is no %1 with id %2.").arg(entity.translatedLabel().toLower()).arg(id));
        return result;
    }
    QVariantMap values = existing->values;
    values.remove(QStringLiteral("created_at"));
    values.remove(QStringLiteral("updated_at"));
    QVariantMap checkedChanges = changes;
    result.fieldErrors = FieldNormalizer::normalize(entity, checkedChanges, true);
    if (!result.fieldErrors.isEmpty())
        return result;
    for (auto it = checkedChanges.cbegin(); it != checkedChanges.cend(); ++it)
        values.insert(it.key(), it.value());
    result.fieldErrors = FieldNormalizer::normalize(entity, values, false);
    if (!result.fieldErrors.isEmpty())
        return result;
    return write(entity, id, values, false);
}

WriteResult RecordStore::write(const EntityDescriptor& entity, qint64 id, QVariantMap values, bool isNew) {
    WriteResult result;
    result.id = id;
    result.fieldErrors = checkReferences(entity, values);
    if (!result.fieldErrors.isEmpty())
        return result;

    QStringList columns;
    QVariantList bound;
    for (const FieldDescriptor& field : entity.fields) {
        columns << field.name;
        bound << values.value(field.name);
    }
    if (!entity.sortKeyColumn.isEmpty()) {
        columns << entity.sortKeyColumn;
        bound << entity.sortKeyFor(values);
    }
    const QString now = FieldNormalizer::nowUtc();
    QString sql;
    if (isNew) {
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("id");
        bound << now << now << id;
        QStringList placeholders;
        for (int i = 1; i <= columns.size(); ++i)
            placeholders << QStringLiteral("?%1").arg(i);
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(entity.table, columns.join(QStringLiteral(", ")),
                       placeholders.join(QStringLiteral(", ")));
    } else {
        columns << QStringLiteral("updated_at");
        bound << now;
        QStringList assignments;
        for (int i = 0; i < columns.size(); ++i)
            assignments << QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 1);
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                  .arg(entity.table, assignments.join(QStringLiteral(", ")))
                  .arg(columns.size() + 1);
        bound << id;
    }
    Transaction transaction(m_db.handle());
    if (!transaction.status()) {
        result.status = transaction.status();
        return result;
    }
    Statement& statement = m_db.cachedStatement(sql);
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    result.status = statement.exec();
    if (result.status.ok())
        result.status = transaction.commit();
    return result;
}

Status RecordStore::remove(const EntityDescriptor& entity, qint64 id) {
    Transaction transaction(m_db.handle());
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_db.handle(),
                        QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(entity.table).toStdString());
    statement.bind(1, id);
    if (const Status done = statement.exec(); !done)
        return done;
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::failure(
            tr("There is no %1 with id %2.").arg(entity.translatedLabel().toLower()).arg(id));
    return transaction.commit();
}

std::optional<Record> RecordStore::get(const EntityDescriptor& entity, qint64 id) const {
    Statement& query = m_db.cachedStatement(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?1")
                                                .arg(columnList(entity, QStringLiteral("t")), entity.table));
    query.bind(1, id);
    if (!query.next())
        return std::nullopt;
    const Record record = readRecord(entity, query);
    query.reset(); // a cached statement must not stay open on a row
    return record;
}

QList<Record> RecordStore::list(const EntityDescriptor& entity, const QList<FieldFilter>& filters, int limit,
                                Status* status) const {
    FilterSql filter;
    if (const Status built = FilterSqlBuilder::addFilters(entity, filters, filter); !built) {
        if (status)
            *status = built;
        return {};
    }
    QString sql =
        QStringLiteral("SELECT %1 FROM %2 t").arg(columnList(entity, QStringLiteral("t")), entity.table) +
        filter.where();
    sql += entity.sortKeyColumn.isEmpty() ? QStringLiteral(" ORDER BY t.id")
                                          : QStringLiteral(" ORDER BY t.%1, t.id").arg(entity.sortKeyColumn);
    sql += QStringLiteral(" LIMIT ?");
    filter.bound << (limit > 0 ? limit : -1);
    Statement query(m_db.handle(), sql.toStdString());
    for (int i = 0; i < filter.bound.size(); ++i)
        query.bind(i + 1, filter.bound.at(i));
    QList<Record> records;
    while (query.next())
        records.append(readRecord(entity, query));
    if (status)
        *status = query.status();
    return records;
}

qint64 RecordStore::count(const EntityDescriptor& entity) const {
    Statement query(m_db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(entity.table).toStdString());
    return query.next() ? query.int64(0) : 0;
}

bool RecordStore::isEmpty(const EntityDescriptor& entity) const {
    Statement query(m_db.handle(),
                    QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(entity.table).toStdString());
    return !query.next();
}

QString RecordStore::displayName(const EntityDescriptor& entity, qint64 id) const {
    Statement query(m_db.handle(), QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?1")
                                       .arg(entity.displayExpression, entity.table)
                                       .toStdString());
    query.bind(1, id);
    return query.next() ? query.text(0) : QString();
}

qint64 RecordStore::currentUserId() const {
    return m_db.meta(QStringLiteral("me_user_id")).toLongLong();
}

Status RecordStore::setCurrentUserId(qint64 userId) {
    if (!exists(EntityCatalog::user(), userId))
        return Status::failure(tr("There is no user with id %1.").arg(userId));
    return m_db.setMeta(QStringLiteral("me_user_id"), QString::number(userId));
}

} // namespace rapport
