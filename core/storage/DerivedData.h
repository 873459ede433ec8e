#pragma once

#include "util/Status.h"

#include <QtGlobal>

struct sqlite3;

namespace rapport {

// Derived data that triggers keep row by row (schema 12, resources/sql/0012_segment_speed.sql): the latest
// interaction of each customer (customers.last_interaction_at) and the items of each customer's tags
// (customer_tags). A bulk load switches the insert triggers off (rapport_bulk()), so when it finishes it
// calls this once to fill both for the rows with ids from firstId on, one set-based statement each.
Status refreshDerivedData(sqlite3* db, qint64 firstId);

} // namespace rapport
