-- The packed records of the chain (V009) are append-only like every ledger table (H2).
CREATE TRIGGER chain_record_block_append_only BEFORE UPDATE, DELETE ON chain_record_block FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
