#pragma once

#include "util/Status.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace rapport::sync {

struct ForeignKey {
    QString column;
    QString parentTable;
    QString parentColumn;
    QString onDelete; // CASCADE, SET NULL, ...
};

// A synced table as the schema declares it now.
struct TableInfo {
    QString name;
    QString pkColumn;
    QStringList columns; // the synced columns, in declaration order
    // Every column of the table in declaration order, derived ones (see SyncSchema::isDerivedColumn) as empty
    // names: the positions the pre-update hook reports columns by.
    QStringList storedColumns;
    QList<ForeignKey> foreignKeys;
    // Not WITHOUT ROWID: the pre-update hook sees its updates.
    bool hasRowid = true;
    // The key is an INTEGER PRIMARY KEY (ids from IdGenerator): bulk loads record new rows in one pass.
    bool rowidKey = false;
    bool hasColumn(const QString& column) const { return columns.contains(column); }
};

// Which tables sync and which stay with one copy. Every table of the schema is one or the other: tables are
// synced unless they are listed as local (meta, sync_*, the import history, full-text indexes and their
// shadow tables, SQLite's own), so a table a later migration adds is synced without anyone remembering to.
class SyncSchema final {
public:
    static SyncSchema read(sqlite3* db);

    // Tables whose changes are recorded, parents before children (the order changes are applied in).
    const QList<TableInfo>& tables() const { return m_tables; }
    const TableInfo* table(const QString& name) const;
    // Tables that should sync but cannot (no single-column primary key): a schema test fails on them.
    const QStringList& unsupported() const { return m_unsupported; }
    // Tables deliberately kept per copy.
    const QStringList& local() const { return m_local; }

    static bool isLocalOnly(const QString& table, const QStringList& virtualTables);
    // Columns every copy computes from other synced rows by triggers (customers.last_interaction_at from the
    // interactions): their changes are not recorded and never applied, so copies agree once the rows they
    // come from do.
    static bool isDerivedColumn(const QString& table, const QString& column);

private:
    QList<TableInfo> m_tables;
    QStringList m_unsupported;
    QStringList m_local;
};

// (Re)creates the capture triggers (sync_capture_<table>_insert/_update/_delete) of every synced table and
// drops those of tables that are gone. Runs inside the migration transaction after each upgrade; a no-op
// before schema 3. Triggers whose SQL is already current are left alone.
Status installChangeCapture(sqlite3* db);

// The trigger SQL for one table (exposed for the schema test).
QStringList captureTriggerSql(const TableInfo& table);

} // namespace rapport::sync
