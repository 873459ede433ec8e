#pragma once

#include "util/Status.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

struct sqlite3;

namespace rapport {

// Derived data that triggers keep row by row (schema 14, resources/sql/0014_segment_speed.sql): the latest
// interaction of each customer (customers.last_interaction_at) and the items of each customer's tags
// (customer_tags). A bulk load goes without the insert triggers (see below), so when it finishes it calls
// this once to fill both for the rows with ids from firstId on, one set-based statement each.
Status refreshDerivedData(sqlite3* db, qint64 firstId);

// While a bulk load runs, the insert triggers that skip its rows (WHEN ... rapport_bulk() = 0: derived data,
// the search index, sync change capture) are dropped: even switched off, a trigger costs a call per row
// (about 0.25 s per million rows each; a contact has two). The load puts them back when it finishes, before
// filling in what they would have done; a rollback puts them back as well. `dropped` gets the SQL
// restoreTriggers needs.
Status dropTriggersSkippingBulkLoads(sqlite3* db, QList<QByteArray>* dropped);
Status restoreTriggers(sqlite3* db, const QList<QByteArray>& dropped);

} // namespace rapport
