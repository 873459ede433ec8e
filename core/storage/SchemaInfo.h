#pragma once

#include <QSet>
#include <QStringList>

namespace rapport {

class Database;

// What the schema says about a table, read from SQLite itself so it stays right as migrations add columns.
enum class ColumnSelection { All, NeverNull };
QStringList tableColumns(Database& db, const QString& table,
                         ColumnSelection selection = ColumnSelection::All);
// The index of `table` with the fewest columns that holds every one of `columns` (the rowid is in every
// index), leaving out partial indexes and those on expressions: reading it alone answers a query that needs
// only these columns. Empty when no index does.
QString narrowestCoveringIndex(Database& db, const QString& table, const QSet<QString>& columns);

} // namespace rapport
