-- The packed records of the chain (V009) are append-only like every ledger table (PostgreSQL).
CREATE TRIGGER chain_record_block_append_only BEFORE UPDATE OR DELETE ON chain_record_block FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER chain_record_block_no_truncate BEFORE TRUNCATE ON chain_record_block FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
