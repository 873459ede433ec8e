#include "storage/SchemaInfo.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QMap>

namespace rapport {

QStringList tableColumns(Database& db, const QString& table, ColumnSelection selection) {
    Statement query(db.handle(),
                    selection == ColumnSelection::All
                        ? "SELECT name FROM pragma_table_info(?1) ORDER BY cid"
                        : "SELECT name FROM pragma_table_info(?1) WHERE \"notnull\" = 1 OR pk > 0 "
                          "ORDER BY cid");
    query.bind(1, table);
    QStringList columns;
    while (query.next())
        columns << query.text(0);
    return columns;
}

QString narrowestCoveringIndex(Database& db, const QString& table, const QSet<QString>& columns) {
    // One row per column of every whole-table index; an expression column has no name.
    Statement query(db.handle(),
                    "SELECT l.name, i.name FROM pragma_index_list(?1) l, pragma_index_info(l.name) i "
                    "WHERE l.partial = 0 ORDER BY l.name, i.seqno");
    query.bind(1, table);
    QMap<QString, QSet<QString>> indexColumns;
    QSet<QString> onExpressions;
    while (query.next()) {
        if (query.isNull(1))
            onExpressions.insert(query.text(0));
        else
            indexColumns[query.text(0)].insert(query.text(1));
    }
    QString best;
    qsizetype bestSize = 0;
    for (auto it = indexColumns.cbegin(); it != indexColumns.cend(); ++it) {
        if (onExpressions.contains(it.key()) || !it.value().contains(columns))
            continue;
        if (best.isEmpty() || it.value().size() < bestSize) {
            best = it.key();
            bestSize = it.value().size();
        }
    }
    return best;
}

} // namespace rapport
