#pragma once

struct sqlite3;

namespace rapport {

// Registers rapport_fold(text, ...) and rapport_phone(text) on a connection (the search triggers use them),
// and rapport_bulk(), which returns *bulkLoading: 1 while a BulkLoad runs on this connection, else 0.
int registerSqlFunctions(sqlite3* db, const int* bulkLoading);

} // namespace rapport
