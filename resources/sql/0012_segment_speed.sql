-- Rapport schema 12: segments count fast on large databases.
--
-- customers.last_interaction_at is the latest interactions.occurred_at of the customer (NULL without any): the
-- segment fact "last interaction" and the rule event "no interaction for N days" read it through an index
-- instead of looking up every customer's interactions. It is derived data: the triggers below keep it, a bulk
-- load (core/storage/BulkLoad, which switches the insert trigger off through rapport_bulk()) fills it for its
-- rows in one statement when it finishes, and sync leaves it out of the change records (core/sync/SyncSchema),
-- since every copy computes it from the interactions it holds.

ALTER TABLE customers ADD COLUMN last_interaction_at TEXT;

UPDATE customers SET last_interaction_at = latest.occurred_at
FROM (SELECT customer_id, max(occurred_at) AS occurred_at FROM interactions WHERE customer_id IS NOT NULL
      GROUP BY customer_id) AS latest
WHERE customers.id = latest.customer_id;

CREATE INDEX customers_by_last_interaction ON customers (last_interaction_at);

CREATE TRIGGER interactions_last_insert AFTER INSERT ON interactions
    WHEN new.customer_id IS NOT NULL AND rapport_bulk() = 0 BEGIN
    UPDATE customers SET last_interaction_at = new.occurred_at
    WHERE id = new.customer_id AND (last_interaction_at IS NULL OR last_interaction_at < new.occurred_at);
END;

CREATE TRIGGER interactions_last_update AFTER UPDATE OF customer_id, occurred_at ON interactions
    WHEN old.customer_id IS NOT new.customer_id OR old.occurred_at IS NOT new.occurred_at BEGIN
    UPDATE customers SET last_interaction_at =
        (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = customers.id)
    WHERE id IN (old.customer_id, new.customer_id);
END;

CREATE TRIGGER interactions_last_delete AFTER DELETE ON interactions
    WHEN old.customer_id IS NOT NULL BEGIN
    UPDATE customers SET last_interaction_at =
        (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = customers.id)
    WHERE id = old.customer_id AND last_interaction_at IS old.occurred_at;
END;

-- Common combinations answered from an index alone: status with e-mail consent and country (audiences by
-- market), and owner with status.
CREATE INDEX customers_by_status_consent_country
    ON customers (status, consent_email, billing_country COLLATE NOCASE);
CREATE INDEX customers_by_owner_status ON customers (owner_id, status);
