#pragma once

#include <QString>

namespace rapport {

// For SQL the program writes itself from the schema (generated triggers, per-table statements), where SQLite
// cannot bind a value: a table or column name as a quoted identifier, and a schema name as a string literal.
// Values from users are always bound instead (see Statement).
QString quotedIdentifier(const QString& name);
QString quotedLiteral(const QString& text);

} // namespace rapport

namespace rapport {

// A table's CREATE statement with each CHECK constraint of the form `column IN (a, b, c, ...)` over three or
// more literals written as `column = a OR column = b OR ...` instead; everything else is left as it is.
// Both forms accept and refuse the same values (NULL passes both), but SQLite 3.40 builds a temporary index
// of the list for every row it checks the IN form on: on the contacts table that was half the cost of an
// insert. Schema 17 rewrites the stored schema with it (rapport_check_comparisons).
QString checkListsAsComparisons(const QString& createSql);

} // namespace rapport
