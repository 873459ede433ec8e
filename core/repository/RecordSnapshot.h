#pragma once

#include "entity/EntityDescriptor.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace rapport {

class Database;

// Everything a delete would take away or change: the record's row, the rows that cascade with it, and the
// rows whose references to it would be cleared — read through the schema's foreign keys, so it works for
// every table present or future. Restoring puts them all back in one transaction (undo of a delete).
class RecordSnapshot final {
    Q_DECLARE_TR_FUNCTIONS(RecordSnapshot)
public:
    static RecordSnapshot capture(Database& db, const EntityDescriptor& entity, qint64 id,
                                  Status* status = nullptr);
    Status restore(Database& db) const;

    bool isEmpty() const { return m_tables.isEmpty(); }
    // How many rows of a table the delete removes (cascade) — for "also deletes 3 contacts and 12
    // interactions".
    int deletedCount(const QString& table) const;

private:
    struct TableRows {
        QString table;
        QString referenceColumn; // the column that pointed at the deleted parent
        QStringList columns;
        QList<QVariantList> rows;
        bool deleted = true; // false: rows only lose a reference (ON DELETE SET NULL)
    };
    Status captureRows(Database& db, const QString& table, const QString& column, const QVariantList& keys,
                       bool deleted, int depth);
    QList<TableRows> m_tables;
};

} // namespace rapport
