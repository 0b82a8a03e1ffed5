-- The input archive (V007) is append-only too: an archived file is content-addressed (every read checks it against
-- its SHA-256, which the chained import batch records), and nothing may rewrite or remove it (PostgreSQL).
CREATE TRIGGER input_archive_append_only BEFORE UPDATE OR DELETE ON input_archive FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER input_archive_no_truncate BEFORE TRUNCATE ON input_archive FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER input_archive_chunk_append_only BEFORE UPDATE OR DELETE ON input_archive_chunk FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER input_archive_chunk_no_truncate BEFORE TRUNCATE ON input_archive_chunk FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
