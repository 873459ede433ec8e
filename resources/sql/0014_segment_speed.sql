-- Rapport schema 14: segments count fast on large databases.
--
-- customers.last_interaction_at is the latest interactions.occurred_at of the customer (NULL without any): the
-- segment fact "last interaction" and the rule event "no interaction for N days" read it through an index
-- instead of looking up every customer's interactions. It is derived data: the triggers below keep it, a bulk
-- load (core/storage/BulkLoad, which drops the insert trigger while it runs) fills it for its rows in one
-- statement when it finishes (core/storage/DerivedData), and sync leaves it out of the change records
-- (core/sync/SyncSchema), since every copy computes it from the interactions it holds.

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

-- customer_tags: one row per item of customers.tags (the "; "-separated list), for the segment test "tags have
-- the item": an index lookup instead of reading every customer's tags. Derived data like the column above,
-- kept by triggers, filled by bulk loads when they finish, and local to each copy (core/sync/SyncSchema).
-- Items compare as the segment test does (ASCII case-insensitive, NOCASE); repeated items are kept once. Like
-- every table it says when each row was written.
CREATE TABLE customer_tags (
    tag         TEXT NOT NULL COLLATE NOCASE,
    customer_id INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (tag, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_customer ON customer_tags (customer_id);

-- The items of a tag list, split on "; " exactly (json_quote escapes the text; "; " never occurs in an escape).
CREATE VIEW customer_tag_items (customer_id, tag) AS
    SELECT c.id, j.value FROM customers c,
        json_each('[' || replace(json_quote(c.tags), '; ', '","') || ']') j
    WHERE c.tags IS NOT NULL AND j.value <> '';

INSERT OR IGNORE INTO customer_tags (tag, customer_id) SELECT tag, customer_id FROM customer_tag_items;

CREATE TRIGGER customers_tags_insert AFTER INSERT ON customers
    WHEN new.tags IS NOT NULL AND rapport_bulk() = 0 BEGIN
    INSERT OR IGNORE INTO customer_tags (tag, customer_id)
    SELECT tag, customer_id FROM customer_tag_items WHERE customer_id = new.id;
END;

CREATE TRIGGER customers_tags_update AFTER UPDATE OF tags ON customers WHEN old.tags IS NOT new.tags BEGIN
    DELETE FROM customer_tags WHERE customer_id = old.id;
    INSERT OR IGNORE INTO customer_tags (tag, customer_id)
    SELECT tag, customer_id FROM customer_tag_items WHERE customer_id = new.id;
END;

CREATE TRIGGER customers_tags_delete AFTER DELETE ON customers WHEN old.tags IS NOT NULL BEGIN
    DELETE FROM customer_tags WHERE customer_id = old.id;
END;

-- Common combinations answered from an index alone. Status with consent also holds the country (audiences by
-- market); owner with status; a contact's consent per channel beside its organisation ("contacts with e-mail
-- consent of these customers"). Two of them widen indexes of earlier schemas, keeping their names
-- and leading columns, so bulk loads treat them as before.
DROP INDEX IF EXISTS customers_by_status_consent;
CREATE INDEX customers_by_status_consent
    ON customers (status, consent_email, consent_post, consent_phone, consent_sms, billing_country COLLATE NOCASE);
CREATE INDEX customers_by_owner_status ON customers (owner_id, status);
DROP INDEX IF EXISTS contacts_by_customer;
CREATE INDEX contacts_by_customer ON contacts (customer_id, consent_email, consent_sms, consent_phone, consent_post);
-- Kind with a set of ids (tags, search candidates): probes of a small index instead of the customer rows.
CREATE INDEX customers_by_kind ON customers (kind);
