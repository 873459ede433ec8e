-- Rapport schema 19: the insert records of a bulk load (an import, the sample data) on a copy that syncs are
-- held as runs of ids until something reads the change log (an export, an import of a package, a field
-- copy), which writes them out into sync_log one record per row (sync::expandBulkInserts). A million
-- imported contacts took the import's thread 1.2 s to write as a million sync_log rows and their (tbl, pk)
-- index entries, a third of the import's time; as runs they take one row per table here.
-- Each row stands for `records` insert records of table tbl, numbered first_seq, first_seq + 1, ... and
-- clocked first_hlc, first_hlc + 1, ... in id order, for the ids listed in id_runs: pairs (first id, count of
-- consecutive ids) as little-endian 64-bit integers. The load's last record of each table is written to
-- sync_log itself, so max(seq) there stays this copy's last sequence number.
CREATE TABLE sync_bulk_inserts (
    first_seq  INTEGER PRIMARY KEY NOT NULL,
    first_hlc  INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    records    INTEGER NOT NULL CHECK (records > 0),
    id_runs    BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
