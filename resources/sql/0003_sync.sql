-- Rapport schema 3: offline sync between copies of one database (issue 7).
-- Every change to a synced table is recorded in sync_log by triggers that the program generates from the
-- schema after each migration (core/sync/ChangeCapture.cpp), so tables added later are covered too.
-- Device ids in these tables are local numbers (sync_devices.id); 0 is always this copy. Packages carry the
-- devices' UUIDs.

-- The copies this one knows: itself (id 0) and every origin of a change it holds or a peer it talks to.
CREATE TABLE sync_devices (
    id         INTEGER PRIMARY KEY NOT NULL,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT,
    known_seq  INTEGER NOT NULL DEFAULT 0, -- this copy holds every change of this origin up to here
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO sync_devices (id, uuid)
VALUES (0, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
               substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' ||
               hex(randomblob(6))));

-- One row per change of one record: op I (insert, vals = all columns), U (update, vals = changed columns)
-- or D (delete, vals = the record as it was). (origin, seq) numbers each origin's changes 1, 2, 3, ...;
-- hlc is a hybrid logical clock (milliseconds << 16 | counter) that orders edits of the same field.
CREATE TABLE sync_log (
    origin     INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    hlc        INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    pk         NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    vals       TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE INDEX sync_log_by_row ON sync_log (tbl, pk);

-- Causality: the changes of `origin` numbered from_seq and later were made knowing every change of `peer` up
-- to `known`. Tells a real conflict (neither side saw the other's edit) from a later edit of the same field.
CREATE TABLE sync_horizons (
    origin     INTEGER NOT NULL,
    peer       INTEGER NOT NULL,
    from_seq   INTEGER NOT NULL,
    known      INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (origin, peer, from_seq)
) WITHOUT ROWID;

-- Acknowledgements: the peer is known to hold every change of origin up to seq (it said so in a package,
-- or it was cloned from here). An export for a peer carries what lies beyond.
CREATE TABLE sync_acks (
    peer       INTEGER NOT NULL,
    origin     INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;

-- The conflict inbox: kind field (same field edited on two copies), deleted (a record deleted on one copy
-- and edited on another), orphan (a record added under a record deleted elsewhere), duplicate (the same
-- e-mail created on two copies). "kept" is what the database holds now, "other" what lost.
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('field', 'deleted', 'orphan', 'duplicate')),
    tbl          TEXT NOT NULL,
    pk           NOT NULL,
    col          TEXT NOT NULL DEFAULT '',
    kept_value  ,
    kept_device  INTEGER,
    kept_hlc     INTEGER,
    other_value ,
    other_device INTEGER,
    other_hlc    INTEGER,
    other_pk    ,
    snapshot     TEXT,
    pair_key     TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    resolution   TEXT,
    resolved_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (kind, tbl, pk, col, pair_key)
);
CREATE INDEX sync_conflicts_by_status ON sync_conflicts (status, id);

-- The history of packages written and read here.
CREATE TABLE sync_packages (
    id         INTEGER PRIMARY KEY NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('export', 'import', 'clone')),
    file_name  TEXT,
    peer       INTEGER,
    changes    INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    conflicts  INTEGER NOT NULL DEFAULT 0,
    bytes      INTEGER NOT NULL DEFAULT 0,
    checksum   TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

