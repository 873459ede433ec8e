#pragma once

#include <QStringList>

namespace rapport {

class Database;

// What the schema says about a table, read from SQLite itself so it stays right as migrations add columns.
enum class ColumnSelection { All, NeverNull };
QStringList tableColumns(Database& db, const QString& table,
                         ColumnSelection selection = ColumnSelection::All);

} // namespace rapport
