#include "storage/DerivedData.h"

#include "storage/Statement.h"

namespace rapport {

Status refreshDerivedData(sqlite3* db, qint64 firstId) {
    {
        Statement present(
            db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'customer_tags'");
        if (!present.next() || present.int64(0) == 0)
            return present.status(); // before schema 12: nothing to keep
    }
    // The customers that got interactions: their latest over all their interactions, old and new.
    Statement latest(db, "UPDATE customers SET last_interaction_at = latest.occurred_at "
                         "FROM (SELECT i.customer_id, max(i.occurred_at) AS occurred_at FROM interactions i "
                         "WHERE i.customer_id IN (SELECT customer_id FROM interactions WHERE id >= ?1) "
                         "GROUP BY i.customer_id) AS latest "
                         "WHERE customers.id = latest.customer_id "
                         "AND customers.last_interaction_at IS NOT latest.occurred_at");
    latest.bind(1, firstId);
    if (const Status updated = latest.exec(); !updated)
        return updated;
    Statement tags(db, "INSERT OR IGNORE INTO customer_tags (tag, customer_id) "
                       "SELECT tag, customer_id FROM customer_tag_items WHERE customer_id >= ?1");
    tags.bind(1, firstId);
    return tags.exec();
}

} // namespace rapport
