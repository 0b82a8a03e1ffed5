-- The records chain (issue 8): everything that explains a number, beside the journal's own entry chain.
-- A link seals one group of rows written together: an import batch (import_batch and its rejects, reference rows and
-- totals), a run (allocation_run and its inputs, pools, flows, warnings and method detail) or a period event
-- (a close or reopen). chain_record holds the SHA-256 of each sealed row's canonical text with the row's table and
-- key, so that `verify` names the first row that changed, disappeared or was added; chain_link chains the groups:
-- link_hash = SHA-256(prev_hash, seq, kind, group key, and every record of the link). See
-- dev.chargeback.ledger.RecordHash for the canonical texts and dev.chargeback.ledger.internal.ChainedTables for
-- the tables in the chain.
-- Both tables are append-only (the vendor files V005_1 add triggers that refuse UPDATE and DELETE on every ledger
-- table); seq and prev_hash are unique, so two writers can never fork the chain.

CREATE TABLE chain_link (
    seq        BIGINT       NOT NULL PRIMARY KEY,
    kind       VARCHAR(20)  NOT NULL,
    group_key  VARCHAR(100) NOT NULL,
    records    BIGINT       NOT NULL,
    prev_hash  CHAR(64)     NOT NULL,
    link_hash  CHAR(64)     NOT NULL,
    CONSTRAINT uq_chain_link_group UNIQUE (kind, group_key),
    CONSTRAINT uq_chain_link_prev UNIQUE (prev_hash),
    CONSTRAINT uq_chain_link_hash UNIQUE (link_hash)
);

CREATE TABLE chain_record (
    seq         BIGINT        NOT NULL REFERENCES chain_link (seq),
    record_no   INT           NOT NULL,
    table_name  VARCHAR(60)   NOT NULL,
    record_key  VARCHAR(1000) NOT NULL,
    row_hash    CHAR(64)      NOT NULL,
    PRIMARY KEY (seq, record_no)
);

-- The rules text a run allocated with (its SHA-256 is rules_sha256), so that an auditor reads the rules from the
-- ledger itself. NULL for runs posted before this migration.
ALTER TABLE allocation_run ADD COLUMN rules_text VARCHAR;
