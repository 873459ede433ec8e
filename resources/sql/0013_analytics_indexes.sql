-- Rapport schema 13: an index on the customers' industry (the "segment" of the analytics filters). The
-- dashboards' filter bar lists the distinct industries by seeking from one to the next in this index instead
-- of reading a million customer rows, and a segment filter reads the ids of that industry's customers from it
-- once instead of looking up the customer of every row it narrows.
CREATE INDEX customers_by_industry ON customers (industry);
