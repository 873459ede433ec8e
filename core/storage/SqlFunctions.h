#pragma once

struct sqlite3;

namespace rapport {

// Registers rapport_fold(text, ...) and rapport_phone(text) on a connection; the search triggers use them.
int registerSqlFunctions(sqlite3* db);

} // namespace rapport
