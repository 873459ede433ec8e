#include "sync/SyncSchema.h"

#include "storage/SqlText.h"
#include "storage/Statement.h"

#include <QSet>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

// customer_tags is derived (resources/sql/0014): each copy's triggers keep it from the customers it holds.
const QStringList localTables = {QStringLiteral("meta"), QStringLiteral("import_runs"),
                                 QStringLiteral("import_run_updates"), QStringLiteral("customer_tags")};

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

bool SyncSchema::isDerivedColumn(const QString& table, const QString& column) {
    return table == u"customers" && column == u"last_interaction_at";
}

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
    QSet<QString> withoutRowid;
    Statement list(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (list.next()) {
        names << list.text(0);
        if (list.text(1).contains(QStringLiteral("WITHOUT ROWID"), Qt::CaseInsensitive))
            withoutRowid.insert(list.text(0));
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
        QString pkType;
        Statement columns(db, utf8(QStringLiteral("PRAGMA table_info(%1)").arg(quotedIdentifier(name))));
        while (columns.next()) {
            if (isDerivedColumn(name, columns.text(1))) {
                info.storedColumns << QString();
                continue;
            }
            info.columns << columns.text(1);
            info.storedColumns << columns.text(1);
            if (columns.int64(5) > 0) {
                pkColumns << columns.text(1);
                pkType = columns.text(2);
            }
        }
        Statement keys(db, utf8(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quotedIdentifier(name))));
        while (keys.next())
            info.foreignKeys << ForeignKey{keys.text(3), keys.text(2), keys.text(4), keys.text(6)};
        if (pkColumns.size() != 1) {
            schema.m_unsupported << name;
            continue;
        }
        info.pkColumn = pkColumns.first();
        info.hasRowid = !withoutRowid.contains(name);
        info.rowidKey = pkType.compare(QStringLiteral("INTEGER"), Qt::CaseInsensitive) == 0 &&
                        !withoutRowid.contains(name);
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
    const QString t = quotedIdentifier(table.name);
    const QString name = quotedLiteral(table.name);
    const QString head =
        QStringLiteral("INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals) SELECT 0, "
                       "(SELECT coalesce(max(seq), 0) + 1 FROM sync_log WHERE origin = 0), "
                       "rapport_hlc((SELECT value FROM meta WHERE key = 'sync_hlc_floor')), %1, ")
            .arg(name);
    QStringList pairs;
    QStringList oldPairs;
    // rapport_changes(previous, name, old, new, ...) builds the JSON of the changed columns in one call;
    // wide tables chain calls, 40 columns each, to stay within SQLite's limit on function arguments.
    QString changed = QStringLiteral("NULL");
    QStringList triples;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QString c = quotedIdentifier(table.columns[i]);
        pairs << QStringLiteral("%1, new.%2").arg(quotedLiteral(table.columns[i]), c);
        oldPairs << QStringLiteral("%1, old.%2").arg(quotedLiteral(table.columns[i]), c);
        triples << QStringLiteral("%1, old.%2, new.%2").arg(quotedLiteral(table.columns[i]), c);
        if (triples.size() == 40 || i + 1 == table.columns.size()) {
            changed =
                QStringLiteral("rapport_changes(%1, %2)").arg(changed, triples.join(QStringLiteral(", ")));
            triples.clear();
        }
    }
    // Rowid tables take the changed columns the pre-update hook kept: one call with three arguments is far
    // cheaper to compile into every UPDATE statement than an expression over every column.
    if (table.hasRowid)
        changed =
            QStringLiteral("rapport_take_changes(%1, new.rowid, %2)")
                .arg(name, quotedLiteral((table.storedColumns.isEmpty() ? table.columns : table.storedColumns)
                                             .join(QChar(0x1f))));
    const QString pk = quotedIdentifier(table.pkColumn);
    const QString when = QStringLiteral(" WHEN rapport_sync_capture() BEGIN ");
    // A bulk load (rapport_bulk() = 1) records the new rows of id-keyed tables itself when it finishes.
    const QString insertWhen =
        table.rowidKey ? QStringLiteral(" WHEN rapport_sync_capture() AND rapport_bulk() = 0 BEGIN ") : when;
    return {
        QStringLiteral("CREATE TRIGGER \"sync_capture_%1_insert\" AFTER INSERT ON %2%3%4new.%5, 'I', "
                       "json_object(%6); END")
            .arg(table.name, t, insertWhen, head, pk, pairs.join(QStringLiteral(", "))),
        // LIMIT 1 keeps the subquery from being flattened, so rapport_changes() runs once per update.
        QStringLiteral("CREATE TRIGGER \"sync_capture_%1_update\" AFTER UPDATE ON %2%3%4new.%5, 'U', v FROM "
                       "(SELECT %6 AS v LIMIT 1) WHERE v IS NOT NULL; END")
            .arg(table.name, t, when, head, pk, changed),
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
                Statement drop(db, utf8(QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(name))));
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
        Statement drop(db, utf8(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quotedIdentifier(it.key()))));
        if (const Status dropped = drop.exec(); !dropped)
            return dropped;
    }
    return Status::success();
}

} // namespace rapport::sync
