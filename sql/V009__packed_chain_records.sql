-- The records of a chain link, packed (issue 10). chain_record (V005) held one row per sealed row: sealing a run of
-- 100,000 flows wrote 100,000 rows and checking an import batch read as many back, which cost more than the rows
-- they seal. From V009 on, a link's records are written as blocks of at most 10,000 records each: one row per
-- block, its data the records in order (table name, key, and the 32 bytes of the row's SHA-256), Deflate-compressed.
-- What a record is, and the link hash over its records, are unchanged (dev.chargeback.ledger.RecordHash); links
-- sealed before V009 keep their chain_record rows and are read from there. See
-- dev.chargeback.ledger.internal.RecordBlocks for the exact layout.
-- Append-only like every ledger table (triggers in the vendor files V009_1).

CREATE TABLE chain_record_block (
    seq              BIGINT  NOT NULL REFERENCES chain_link (seq),
    block_no         INT     NOT NULL,
    first_record_no  INT     NOT NULL,
    records          INT     NOT NULL,
    data             BYTEA   NOT NULL,
    PRIMARY KEY (seq, block_no)
);
