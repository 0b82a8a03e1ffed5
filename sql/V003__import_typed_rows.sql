-- Import batches, version 3: a file's unknown header columns and the periods it holds, as rows rather than
-- comma-joined strings. import_batch.unknown_columns and import_batch.periods_seen are kept but no longer written;
-- they are read only for batches imported before this migration (see ImportStore).

CREATE TABLE import_unknown_column (
    batch_id  BIGINT       NOT NULL REFERENCES import_batch (batch_id),
    seq       INT          NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (batch_id, seq)
);

CREATE TABLE import_period_seen (
    batch_id  BIGINT      NOT NULL REFERENCES import_batch (batch_id),
    period    VARCHAR(7)  NOT NULL,
    PRIMARY KEY (batch_id, period)
);
