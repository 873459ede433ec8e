-- Rapport schema 17: CHECK constraints that test a column against a list of three or more values
-- (status IN ('prospect', 'active', 'inactive')) are stored as comparisons joined by OR instead. Both accept
-- and refuse exactly the same values, NULL included, but SQLite builds a temporary index of the list for each
-- row it checks the IN form on: half the cost of inserting a contact, and a large part of every bulk load
-- (imports, the sample data, the sync change log). Only the text of the constraints changes, so the stored
-- definitions are edited in place (SQLite's documented procedure for changing CHECK constraints) instead of
-- copying every table; the rows already satisfy both forms.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = rapport_check_comparisons(sql)
WHERE type = 'table' AND sql LIKE '%CHECK%' AND rapport_check_comparisons(sql) IS NOT sql;
-- Off again, and this connection reads the edited definitions at once.
PRAGMA writable_schema = RESET;
-- Other connections notice a schema change by the schema cookie, which the edit above leaves alone; any
-- schema statement moves it on.
CREATE TABLE schema_17_cookie (id INTEGER PRIMARY KEY);
DROP TABLE schema_17_cookie;
