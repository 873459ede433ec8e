#include "storage/SchemaInfo.h"

#include "storage/Database.h"
#include "storage/Statement.h"

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

} // namespace rapport
