-- Rapport schema 2: named import presets, the import history (for reverting an import), and indexes for
-- the importer's lookups.

CREATE TABLE import_presets (
    name       TEXT PRIMARY KEY NOT NULL CHECK (length(trim(name)) > 0),
    entity     TEXT NOT NULL,
    mapping    TEXT NOT NULL, -- JSON object: header -> field ("" ignores the column)
    options    TEXT,          -- JSON object: delimiter, encoding, region, date order, duplicate policy
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One row per finished import. Records it created carry created_at = stamp and ids in the import's ranges.
CREATE TABLE import_runs (
    id                  INTEGER PRIMARY KEY NOT NULL,
    entity              TEXT NOT NULL,
    file_name           TEXT,
    stamp               TEXT NOT NULL,
    first_id            INTEGER,
    last_id             INTEGER,
    created             INTEGER NOT NULL DEFAULT 0,
    updated             INTEGER NOT NULL DEFAULT 0,
    skipped             INTEGER NOT NULL DEFAULT 0,
    rejected            INTEGER NOT NULL DEFAULT 0,
    reverted_at         TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The previous values of every record an import updated, as a JSON object of columns.
CREATE TABLE import_run_updates (
    id         INTEGER PRIMARY KEY NOT NULL,
    run_id     INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    previous   TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX import_run_updates_by_run ON import_run_updates (run_id);

CREATE INDEX users_by_email ON users (email);
