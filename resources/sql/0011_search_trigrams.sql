-- Rapport schema 11: a leaner search index. Each record's searchable text (folded: lower case, no accents;
-- phones as digits) is one document, trigram-tokenised with detail=none: the index keeps, per trigram, only
-- which records hold it — no columns, no positions. That is about half the size of the per-column index of
-- schema 1 and builds with far less work. A search (core/search/SearchService) asks for records holding every
-- trigram of every typed word, then keeps those whose stored text really contains each word (instr), so
-- substrings of 3+ characters match exactly as before.

DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_update;
DROP TRIGGER customers_search_rename;
DROP TRIGGER customers_search_delete;
DROP TRIGGER contacts_search_insert;
DROP TRIGGER contacts_search_update;
DROP TRIGGER contacts_search_delete;
DROP VIEW customer_search_rows;
DROP VIEW contact_search_rows;
DROP TABLE customer_search;
DROP TABLE contact_search;

CREATE VIRTUAL TABLE customer_search USING fts5(doc, tokenize = 'trigram', detail = none, columnsize = 0);
CREATE VIRTUAL TABLE contact_search USING fts5(doc, tokenize = 'trigram', detail = none, columnsize = 0);

-- What each search table holds for a record, in one place: the triggers and bulk loads both read these views.
-- A shipping city equal to the billing one, and an individual customer's own name on their contact, would only
-- repeat words the document already holds.
CREATE VIEW customer_search_rows (id, doc) AS
    SELECT id, rapport_fold(name, emails, billing_city,
                            CASE WHEN shipping_city IS NOT billing_city THEN shipping_city END, tags, notes,
                            rapport_phone(phones))
    FROM customers;
CREATE VIEW contact_search_rows (id, doc) AS
    SELECT p.id, rapport_fold(p.first_name, p.last_name, CASE WHEN o.kind = 'organisation' THEN o.name END,
                              p.emails, p.title, p.notes, rapport_phone(p.phones))
    FROM contacts p LEFT JOIN customers o ON o.id = p.customer_id;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN rapport_bulk() = 0 BEGIN
    INSERT INTO customer_search (rowid, doc) SELECT id, doc FROM customer_search_rows WHERE id = new.id;
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, emails, phones, billing_city, shipping_city, tags, notes
    ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
    INSERT INTO customer_search (rowid, doc) SELECT id, doc FROM customer_search_rows WHERE id = new.id;
END;
CREATE TRIGGER customers_search_rename AFTER UPDATE OF name, kind ON customers
    WHEN old.name IS NOT new.name OR old.kind IS NOT new.kind BEGIN
    DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contacts WHERE customer_id = new.id);
    INSERT INTO contact_search (rowid, doc)
    SELECT id, doc FROM contact_search_rows WHERE id IN (SELECT id FROM contacts WHERE customer_id = new.id);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts WHEN rapport_bulk() = 0 BEGIN
    INSERT INTO contact_search (rowid, doc) SELECT id, doc FROM contact_search_rows WHERE id = new.id;
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF first_name, last_name, customer_id, emails, phones, title, notes
    ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
    INSERT INTO contact_search (rowid, doc) SELECT id, doc FROM contact_search_rows WHERE id = new.id;
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
END;

-- Index what the database already holds, with a large in-memory buffer (fewer segments to merge), then put
-- FTS5's default buffer back for ordinary writes.
INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', 67108864);
INSERT INTO contact_search (contact_search, rank) VALUES ('hashsize', 67108864);
INSERT INTO customer_search (rowid, doc) SELECT id, doc FROM customer_search_rows;
INSERT INTO contact_search (rowid, doc) SELECT id, doc FROM contact_search_rows;
INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', 1048576);
INSERT INTO contact_search (contact_search, rank) VALUES ('hashsize', 1048576);
