-- The input archive (V007) is append-only too: an archived file is content-addressed (every read checks it against
-- its SHA-256, which the chained import batch records), and nothing may rewrite or remove it (H2).
CREATE TRIGGER input_archive_append_only BEFORE UPDATE, DELETE ON input_archive FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER input_archive_chunk_append_only BEFORE UPDATE, DELETE ON input_archive_chunk FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
