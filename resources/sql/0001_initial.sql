-- Rapport schema 1: users, customers, contacts, interactions, tasks, and the full-text search index.
-- Ids are globally unique 63-bit integers made by the program (never AUTOINCREMENT); times are ISO 8601 UTC.
-- rapport_fold(a, ...) (folded, non-null arguments joined by spaces) and rapport_phone() are SQL functions
-- that every Rapport connection registers.

CREATE TABLE meta (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email      TEXT,
    role       TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'organisation' CHECK (kind IN ('organisation', 'individual')),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_key          TEXT NOT NULL DEFAULT '',
    tax_id            TEXT,
    industry          TEXT,
    tags              TEXT,
    owner_id          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    billing_street    TEXT,
    billing_city      TEXT,
    billing_postcode  TEXT,
    billing_region    TEXT,
    billing_country   TEXT,
    shipping_street   TEXT,
    shipping_city     TEXT,
    shipping_postcode TEXT,
    shipping_region   TEXT,
    shipping_country  TEXT,
    phones            TEXT,
    emails            TEXT,
    website           TEXT,
    status            TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'inactive')),
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX customers_by_sort_key ON customers (sort_key, id);
CREATE INDEX customers_by_status ON customers (status, sort_key, id);
CREATE INDEX customers_by_owner ON customers (owner_id, sort_key, id);

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY NOT NULL,
    customer_id       INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    first_name        TEXT,
    last_name         TEXT,
    sort_key          TEXT NOT NULL DEFAULT '',
    title             TEXT,
    emails            TEXT,
    phones            TEXT,
    preferred_channel TEXT CHECK (preferred_channel IN ('email', 'phone', 'sms', 'post', 'none')),
    consent_email     INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
    consent_email_at  TEXT,
    consent_sms       INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
    consent_sms_at    TEXT,
    consent_phone     INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1)),
    consent_phone_at  TEXT,
    consent_post      INTEGER NOT NULL DEFAULT 0 CHECK (consent_post IN (0, 1)),
    consent_post_at   TEXT,
    birthday          TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (length(trim(coalesce(first_name, '') || coalesce(last_name, ''))) > 0)
);
CREATE INDEX contacts_by_customer ON contacts (customer_id);
CREATE INDEX contacts_by_sort_key ON contacts (sort_key, id);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY NOT NULL,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'sms', 'meeting', 'visit', 'letter', 'fax',
                                                 'chat', 'voip', 'note')),
    direction   TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('in', 'out')),
    occurred_at TEXT NOT NULL,
    duration_s  INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
    subject     TEXT,
    body        TEXT,
    outcome     TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX interactions_by_customer ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_by_contact ON interactions (contact_id);
CREATE INDEX interactions_by_time ON interactions (occurred_at, id);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY NOT NULL,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    assignee_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes       TEXT,
    due_at      TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at     TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX tasks_by_customer ON tasks (customer_id, done, due_at);
CREATE INDEX tasks_by_assignee ON tasks (assignee_id, done, due_at);

-- Full-text search: folded text (lower case, no accents), trigram-tokenised so any 3+ character substring
-- matches. Kept current by the triggers below, whoever writes; a bulk load (rapport_bulk() = 1 on its
-- connection) skips the insert triggers and indexes its new rows in one pass when it finishes (core BulkLoad).
CREATE VIRTUAL TABLE customer_search USING fts5(name, emails, phones, city, tags, notes, tokenize = 'trigram');
CREATE VIRTUAL TABLE contact_search USING fts5(name, organisation, emails, phones, notes, tokenize = 'trigram');

-- What each search table holds for a record, in one place: the triggers and bulk loads both read these views.
CREATE VIEW customer_search_rows (id, name, emails, phones, city, tags, notes) AS
    SELECT id, rapport_fold(name), rapport_fold(emails), rapport_phone(phones),
           rapport_fold(billing_city, shipping_city), rapport_fold(tags), rapport_fold(notes)
    FROM customers;
CREATE VIEW contact_search_rows (id, name, organisation, emails, phones, notes) AS
    SELECT p.id, rapport_fold(p.first_name, p.last_name), rapport_fold(o.name), rapport_fold(p.emails),
           rapport_phone(p.phones), rapport_fold(p.title, p.notes)
    FROM contacts p LEFT JOIN customers o ON o.id = p.customer_id;

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN rapport_bulk() = 0 BEGIN
    INSERT INTO customer_search (rowid, name, emails, phones, city, tags, notes)
    SELECT id, name, emails, phones, city, tags, notes FROM customer_search_rows WHERE id = new.id;
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, emails, phones, billing_city, shipping_city, tags, notes
    ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
    INSERT INTO customer_search (rowid, name, emails, phones, city, tags, notes)
    SELECT id, name, emails, phones, city, tags, notes FROM customer_search_rows WHERE id = new.id;
END;
CREATE TRIGGER customers_search_rename AFTER UPDATE OF name ON customers WHEN old.name IS NOT new.name BEGIN
    DELETE FROM contact_search WHERE rowid IN (SELECT id FROM contacts WHERE customer_id = new.id);
    INSERT INTO contact_search (rowid, name, organisation, emails, phones, notes)
    SELECT id, name, organisation, emails, phones, notes FROM contact_search_rows
    WHERE id IN (SELECT id FROM contacts WHERE customer_id = new.id);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts WHEN rapport_bulk() = 0 BEGIN
    INSERT INTO contact_search (rowid, name, organisation, emails, phones, notes)
    SELECT id, name, organisation, emails, phones, notes FROM contact_search_rows WHERE id = new.id;
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF first_name, last_name, customer_id, emails, phones, title, notes
    ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
    INSERT INTO contact_search (rowid, name, organisation, emails, phones, notes)
    SELECT id, name, organisation, emails, phones, notes FROM contact_search_rows WHERE id = new.id;
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
END;
