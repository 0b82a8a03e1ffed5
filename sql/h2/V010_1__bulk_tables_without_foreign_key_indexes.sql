-- Embedded H2 only: the three tables that take 100,000 rows a month (driver_total, allocation_flow, ledger_line) lose
-- their foreign keys. H2 keeps an index of its own for every foreign key (it cannot use the primary key's, which
-- starts with the same column), and each row written costs one more B-tree insert, undo-log record and commit
-- rewrite: 0.3-0.5 s per 100,000 rows, 1-2 s of a month. What the keys guarded stays guarded:
--   - a parent row is never deleted or changed: every ledger table is append-only (the triggers of V005_1);
--   - the engine writes children only in the transaction that writes their parent;
--   - a row written outside the engine is found by `verify`: a driver total or flow of no sealed batch or run is "in
--     no link of the hash chain", and a journal line of no entry is named too.
-- PostgreSQL keeps its foreign keys (sql/V001). The names are the ones H2 gave them in V001 (from the table's name);
-- IF EXISTS: a ledger whose keys were named otherwise keeps them, and is only slower.
ALTER TABLE driver_total DROP CONSTRAINT IF EXISTS CONSTRAINT_C;
ALTER TABLE allocation_flow DROP CONSTRAINT IF EXISTS CONSTRAINT_2EF;
ALTER TABLE ledger_line DROP CONSTRAINT IF EXISTS CONSTRAINT_1;
