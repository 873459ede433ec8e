#include "sync/SyncSchema.h"

#include "storage/Statement.h"

#include <QSet>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

const QStringList localTables = {QStringLiteral("meta"), QStringLiteral("import_runs"),
                                 QStringLiteral("import_run_updates")};

QString quoted(const QString& identifier) {
    QString text = identifier;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString literal(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

std::string utf8(const QString& text) {
    return text.toStdString();
}

// Parents first, so rows are applied after the rows they reference.
QList<TableInfo> dependencyOrder(QList<TableInfo> tables) {
    QList<TableInfo> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            bool ready = true;
            for (const ForeignKey& key : tables[i].foreignKeys)
                if (key.parentTable != tables[i].name && !placed.contains(key.parentTable) &&
                    std::any_of(tables.cbegin(), tables.cend(),
                                [&](const TableInfo& t) { return t.name == key.parentTable; }))
                    ready = false;
            if (ready) {
                placed.insert(tables[i].name);
                ordered << tables.takeAt(i);
                progress = true;
                break;
            }
        }
        if (!progress) // a reference cycle: keep the rest in name order
            ordered << tables.takeFirst();
    }
    return ordered;
}

} // namespace

bool SyncSchema::isLocalOnly(const QString& table, const QStringList& virtualTables) {
    if (localTables.contains(table) || table.startsWith(QStringLiteral("sync_")) ||
        table.startsWith(QStringLiteral("sqlite_")) || virtualTables.contains(table))
        return true;
    return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString& v) {
        return table.startsWith(v + QLatin1Char('_')); // FTS5 shadow tables: x_data, x_idx, x_content, ...
    });
}

SyncSchema SyncSchema::read(sqlite3* db) {
    SyncSchema schema;
    QStringList names;
    QStringList virtualTables;
    Statement list(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (list.next()) {
        names << list.text(0);
        if (list.text(1).startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << list.text(0);
    }
    QList<TableInfo> tables;
    for (const QString& name : names) {
        if (isLocalOnly(name, virtualTables)) {
            schema.m_local << name;
            continue;
        }
        TableInfo info;
        info.name = name;
        QStringList pkColumns;
        Statement columns(db, utf8(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name))));
        while (columns.next()) {
            info.columns << columns.text(1);
            if (columns.int64(5) > 0)
                pkColumns << columns.text(1);
        }
        Statement keys(db, utf8(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name))));
        while (keys.next())
            info.foreignKeys << ForeignKey{keys.text(3), keys.text(2), keys.text(4), keys.text(6)};
        if (pkColumns.size() != 1) {
            schema.m_unsupported << name;
            continue;
        }
        info.pkColumn = pkColumns.first();
        tables << info;
    }
    schema.m_tables = dependencyOrder(tables);
    return schema;
}

const TableInfo* SyncSchema::table(const QString& name) const {
    for (const TableInfo& info : m_tables)
        if (info.name == name)
            return &info;
    return nullptr;
}

QStringList captureTriggerSql(const TableInfo& table) {
    const QString t = quoted(table.name);
    const QString name = literal(table.name);
    const QString head =
        QStringLiteral("INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals) SELECT 0, "
                       "(SELECT coalesce(max(seq), 0) + 1 FROM sync_log WHERE origin = 0), "
                       "rapport_hlc((SELECT value FROM meta WHERE key = 'sync_hlc_floor')), %1, ")
            .arg(name);
    QStringList pairs;
    QStringList oldPairs;
    QStringList changed;
    for (const QString& column : table.columns) {
        const QString c = quoted(column);
        pairs << QStringLiteral("%1, new.%2").arg(literal(column), c);
        oldPairs << QStringLiteral("%1, old.%2").arg(literal(column), c);
        changed << (changed.isEmpty()
                        ? QStringLiteral("SELECT %1 AS c, new.%2 AS v, old.%2 IS NOT new.%2 AS x")
                        : QStringLiteral("SELECT %1, new.%2, old.%2 IS NOT new.%2"))
                       .arg(literal(column), c);
    }
    const QString pk = quoted(table.pkColumn);
    const QString when = QStringLiteral(" WHEN rapport_sync_capture() BEGIN ");
    return {
        QStringLiteral("CREATE TRIGGER \"sync_capture_%1_insert\" AFTER INSERT ON %2%3%4new.%5, 'I', "
                       "json_object(%6); END")
            .arg(table.name, t, when, head, pk, pairs.join(QStringLiteral(", "))),
        QStringLiteral(
            "CREATE TRIGGER \"sync_capture_%1_update\" AFTER UPDATE ON %2%3%4new.%5, 'U', v FROM "
            "(SELECT json_group_object(c, v) AS v, count(*) AS n FROM (%6) WHERE x) WHERE n > 0; END")
            .arg(table.name, t, when, head, pk, changed.join(QStringLiteral(" UNION ALL "))),
        QStringLiteral("CREATE TRIGGER \"sync_capture_%1_delete\" AFTER DELETE ON %2%3%4old.%5, 'D', "
                       "json_object(%6); END")
            .arg(table.name, t, when, head, pk, oldPairs.join(QStringLiteral(", "))),
    };
}

Status installChangeCapture(sqlite3* db) {
    {
        Statement present(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_log'");
        if (!present.next())
            return present.status();
    }
    QHash<QString, QString> existing;
    {
        Statement triggers(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                               "'sync\\_capture\\_%' ESCAPE '\\'");
        while (triggers.next())
            existing.insert(triggers.text(0), triggers.text(1));
    }
    const SyncSchema schema = SyncSchema::read(db);
    QSet<QString> wanted;
    for (const TableInfo& table : schema.tables()) {
        const QStringList sql = captureTriggerSql(table);
        const QStringList suffixes = {QStringLiteral("insert"), QStringLiteral("update"),
                                      QStringLiteral("delete")};
        for (int i = 0; i < 3; ++i) {
            const QString name = QStringLiteral("sync_capture_%1_%2").arg(table.name, suffixes[i]);
            wanted.insert(name);
            if (existing.value(name) == sql[i])
                continue;
            if (existing.contains(name)) {
                Statement drop(db, utf8(QStringLiteral("DROP TRIGGER %1").arg(quoted(name))));
                if (const Status dropped = drop.exec(); !dropped)
                    return dropped;
            }
            Statement create(db, utf8(sql[i]));
            if (const Status created = create.exec(); !created)
                return created;
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        Statement drop(db, utf8(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoted(it.key()))));
        if (const Status dropped = drop.exec(); !dropped)
            return dropped;
    }
    return Status::success();
}

} // namespace rapport::sync
