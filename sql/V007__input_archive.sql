-- The input archive (issue 8): every input file a run read, and its rules file, kept in the ledger's store so
-- that lineage works after the data directory was changed or deleted. Content-addressed: a file is stored once
-- per SHA-256 of its bytes (the hash import_batch.file_sha256 and allocation_run.rules_sha256 already record),
-- Deflate-compressed, in chunks of at most 256 KiB of compressed bytes, so no file is ever held whole in memory.
--
-- Rows are only ever inserted. The chunks of a file are written first and its input_archive row last, in one
-- transaction: a file is archived when its input_archive row exists, and then it is complete. There is no
-- foreign key from chunk to file for that reason (the file row comes after its chunks).

CREATE TABLE input_archive (
    file_sha256   CHAR(64)      NOT NULL PRIMARY KEY,
    size_bytes    BIGINT        NOT NULL,
    stored_bytes  BIGINT        NOT NULL,
    chunk_count   INT           NOT NULL,
    compression   VARCHAR(20)   NOT NULL,
    archived_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE input_archive_chunk (
    file_sha256  CHAR(64)  NOT NULL,
    chunk_no     INT       NOT NULL,
    data         BYTEA     NOT NULL,
    PRIMARY KEY (file_sha256, chunk_no)
);
