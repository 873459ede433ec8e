#pragma once

#include <QString>

namespace rapport {

// For SQL the program writes itself from the schema (generated triggers, per-table statements), where SQLite
// cannot bind a value: a table or column name as a quoted identifier, and a schema name as a string literal.
// Values from users are always bound instead (see Statement).
QString quotedIdentifier(const QString& name);
QString quotedLiteral(const QString& text);

} // namespace rapport
