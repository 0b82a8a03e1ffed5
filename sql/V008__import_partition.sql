-- The partial result of one partition of a partitioned file import (ImportJob): the totals, rejects and periods of
-- one record-aligned byte range of the file, committed by that partition's step. A killed import restarts only the
-- partitions that have no row here; the file's import batch is the merge of its partitions, saved with them deleted
-- in one transaction. These are working rows, not ledger rows: they exist only while a file's import is unfinished.

CREATE TABLE import_partition (
    period          VARCHAR(7)   NOT NULL,
    file_kind       VARCHAR(20)  NOT NULL,
    file_sha256     CHAR(64)     NOT NULL,
    context_sha256  CHAR(64)     NOT NULL,
    parts           INT          NOT NULL,
    seq             INT          NOT NULL,
    start_byte      BIGINT       NOT NULL,
    end_byte        BIGINT       NOT NULL,
    first_line      BIGINT       NOT NULL,
    rows_read       BIGINT       NOT NULL,
    totals          BYTEA        NOT NULL,
    PRIMARY KEY (period, file_kind, file_sha256, context_sha256, parts, seq)
);
