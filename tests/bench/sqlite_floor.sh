#!/usr/bin/env bash
# What SQLite alone needs for the work of `demo` and of a contacts import, measured with the sqlite3 shell and
# no Rapport code: the floor any implementation on this machine stands on (docs/benchmarks.md).
#   tests/bench/sqlite_floor.sh demo DEMO.db       rows, indexes and the two trigram search tables of a demo
#                                                  database copied into an empty file
#   tests/bench/sqlite_floor.sh import DIR         DIR from `bench-import 1000000 --keep`: the sqlite3 .import
#                                                  of its CSV, then the trigram index of the imported rows' text
# The search tables use FTS5's cheapest configuration (contentless, case-sensitive trigrams, detail=none,
# 64 MiB hash) over documents already folded by Rapport, so the figures are a lower bound.
set -euo pipefail
what=${1:?demo DB or import DIR}
source=${2:?}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fts() { # table, select
    echo "CREATE VIRTUAL TABLE $1 USING fts5(doc, tokenize='trigram case_sensitive 1', detail=none, columnsize=0, content='');"
    echo "INSERT INTO $1($1, rank) VALUES('hashsize', 67108864);"
    echo "INSERT INTO $1(rowid, doc) $2;"
}
case $what in
demo)
    {
        echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;"
        for t in customers contacts interactions tasks; do
            sqlite3 "$source" "SELECT sql || ';' FROM sqlite_schema WHERE tbl_name = '$t' AND type = 'table'"
        done
        echo ".timer on"
        echo "ATTACH '$source' AS s;"
        echo "BEGIN;"
        for t in customers contacts interactions tasks; do echo "INSERT INTO main.$t SELECT * FROM s.$t;"; done
        for t in customers contacts interactions tasks; do
            sqlite3 "$source" "SELECT sql || ';' FROM sqlite_schema WHERE tbl_name = '$t' AND type = 'index' AND sql IS NOT NULL"
        done
        fts cs "SELECT rowid, doc FROM s.customer_search"
        fts ps "SELECT rowid, doc FROM s.contact_search"
        echo "COMMIT;"
    } >"$scratch/floor.sql"
    /usr/bin/time -f "total %e s wall, %U s user, %S s sys" sqlite3 "$scratch/floor.db" <"$scratch/floor.sql"
    ;;
import)
    /usr/bin/time -f ".import %e s wall, %U s user, %S s sys" \
        sqlite3 "$scratch/plain.db" ".mode csv" ".import $source/contacts.csv t"
    sqlite3 "$scratch/docs.db" "ATTACH '$source/rapport.db' AS r; CREATE TABLE docs AS SELECT rowid AS id, doc FROM r.contact_search;"
    {
        fts best "SELECT id, doc FROM docs"
    } >"$scratch/fts.sql"
    /usr/bin/time -f "trigram index alone %e s wall, %U s user, %S s sys" sqlite3 "$scratch/docs.db" <"$scratch/fts.sql"
    ;;
*)
    echo "usage: $0 demo DEMO.db | import DIR" >&2
    exit 2
    ;;
esac
