#pragma once

struct sqlite3;

namespace rapport {

class IdGenerator;

// Registers rapport_fold(text, ...) and rapport_phone(text) on a connection (the search triggers use them),
// rapport_bulk(), which returns *bulkLoading: 1 while a BulkLoad runs on this connection, else 0,
// rapport_replay(), which returns *replaying: 1 while records are put back as they were (undo, restore of a
// snapshot), when triggers that derive new rows (the stage history) must stay quiet, and rapport_new_id(),
// the next id of the connection's generator, for rows that triggers create, and
// rapport_check_comparisons(sql) (storage/SqlText.h: checkListsAsComparisons), which schema 17 rewrites the
// stored table definitions with.
int registerSqlFunctions(sqlite3* db, const int* bulkLoading, const int* replaying, IdGenerator* ids);

} // namespace rapport
