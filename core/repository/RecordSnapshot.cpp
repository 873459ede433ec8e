#include "repository/RecordSnapshot.h"

#include "storage/Database.h"
#include "storage/SchemaInfo.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace rapport {
namespace {

struct ForeignKey {
    QString table;
    QString column;
    bool cascades = false;
};

// Every foreign key in the schema that points at the given table.
QList<ForeignKey> referencesTo(Database& db, const QString& table) {
    Statement query(db.handle(),
                    "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_schema m, "
                    "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ?1");
    query.bind(1, table);
    QList<ForeignKey> keys;
    while (query.next())
        keys.append({query.text(0), query.text(1),
                     query.text(2).compare(QStringLiteral("CASCADE"), Qt::CaseInsensitive) == 0});
    return keys;
}

} // namespace

RecordSnapshot RecordSnapshot::capture(Database& db, const EntityDescriptor& entity, qint64 id,
                                       Status* status) {
    RecordSnapshot snapshot;
    const Status captured = snapshot.captureRows(db, entity.table, QStringLiteral("id"), {id}, true, 0);
    if (status)
        *status = captured;
    return snapshot;
}

Status RecordSnapshot::captureRows(Database& db, const QString& table, const QString& column,
                                   const QVariantList& keys, bool deleted, int depth) {
    if (keys.isEmpty())
        return Status::success();
    if (depth > 8)
        return Status::failure(tr("The records refer to each other too deeply to be copied for undo."));
    TableRows rows;
    rows.table = table;
    rows.columns = tableColumns(db, table);
    rows.deleted = deleted;
    rows.referenceColumn = column;
    QVariantList ids;
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT value FROM json_each(?1))")
                            .arg(rows.columns.join(QStringLiteral(", ")), table, column);
    Statement query(db.handle(), sql.toStdString());
    QStringList keyTexts;
    for (const QVariant& key : keys)
        keyTexts << QString::number(key.toLongLong());
    query.bind(1, QLatin1Char('[') + keyTexts.join(QLatin1Char(',')) + QLatin1Char(']'));
    const int idColumn = static_cast<int>(rows.columns.indexOf(QStringLiteral("id")));
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < rows.columns.size(); ++i)
            values << query.value(i);
        if (idColumn >= 0)
            ids << values.at(idColumn);
        rows.rows.append(values);
    }
    if (!query.status())
        return query.status();
    if (rows.rows.isEmpty())
        return Status::success();
    m_tables.append(rows);
    if (!deleted)
        return Status::success();
    for (const ForeignKey& key : referencesTo(db, table)) {
        if (const Status child = captureRows(db, key.table, key.column, ids, key.cascades, depth + 1); !child)
            return child;
    }
    return Status::success();
}

Status RecordSnapshot::restore(Database& db) const {
    // The rows come back with their own derived rows (stage history), so triggers must not add new ones.
    const Database::ReplayScope replay(db);
    Transaction transaction(db.handle());
    if (!transaction.status())
        return transaction.status();
    for (const TableRows& rows : m_tables) {
        // Deleted rows come back as they were; rows that only lost a reference get it back.
        QString sql;
        QList<int> boundColumns;
        if (rows.deleted) {
            QStringList placeholders;
            for (int i = 0; i < rows.columns.size(); ++i) {
                placeholders << QStringLiteral("?%1").arg(i + 1);
                boundColumns << i;
            }
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", ")));
        } else {
            sql = QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2").arg(rows.table, rows.referenceColumn);
            boundColumns << static_cast<int>(rows.columns.indexOf(rows.referenceColumn))
                         << static_cast<int>(rows.columns.indexOf(QStringLiteral("id")));
        }
        Statement statement(db.handle(), sql.toStdString());
        for (const QVariantList& values : rows.rows) {
            for (int i = 0; i < boundColumns.size(); ++i)
                statement.bind(i + 1, values.value(boundColumns.at(i)));
            if (const Status done = statement.exec(); !done)
                return Status::failure(
                    tr("Undo could not restore the deleted records: %1").arg(done.message()));
        }
    }
    return transaction.commit();
}

int RecordSnapshot::deletedCount(const QString& table) const {
    int count = 0;
    for (const TableRows& rows : m_tables) {
        if (rows.table == table && rows.deleted)
            count += static_cast<int>(rows.rows.size());
    }
    return count;
}

} // namespace rapport
