-- Append-only, enforced by the database (H2): every ledger table refuses UPDATE and DELETE, whoever asks. The trigger
-- is a Java class (org.h2.api.Trigger) of the engine; its message is the same as PostgreSQL's:
--   "UPDATE on allocation_flow refused: the ledger is append-only"
-- Outside the ledger: period (the current state of each period, a cache derived from period_event that `verify`
-- cross-checks), Spring Batch's job repository and Flyway's history. A new ledger table gets its trigger here and in
-- sql/postgresql in a migration of its own, and its ChainedTable in dev.chargeback.ledger.internal.ChainedTables
-- (AppendOnlyTablesTest fails when a table of the schema is in neither list).
-- This file is not read by jOOQ's code generator (it reads sql/*.sql only): Flyway finds it through
-- spring.flyway.locations, which picks sql/h2 or sql/postgresql by the database's vendor.
CREATE TRIGGER period_event_append_only BEFORE UPDATE, DELETE ON period_event FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER import_batch_append_only BEFORE UPDATE, DELETE ON import_batch FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER import_reject_append_only BEFORE UPDATE, DELETE ON import_reject FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER import_unknown_column_append_only BEFORE UPDATE, DELETE ON import_unknown_column FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER import_period_seen_append_only BEFORE UPDATE, DELETE ON import_period_seen FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER cost_center_append_only BEFORE UPDATE, DELETE ON cost_center FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER service_append_only BEFORE UPDATE, DELETE ON service FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER cost_total_append_only BEFORE UPDATE, DELETE ON cost_total FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER driver_total_append_only BEFORE UPDATE, DELETE ON driver_total FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER allocation_run_append_only BEFORE UPDATE, DELETE ON allocation_run FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER allocation_run_input_append_only BEFORE UPDATE, DELETE ON allocation_run_input FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER allocation_pool_append_only BEFORE UPDATE, DELETE ON allocation_pool FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER allocation_flow_append_only BEFORE UPDATE, DELETE ON allocation_flow FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_warning_append_only BEFORE UPDATE, DELETE ON run_warning FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_step_append_only BEFORE UPDATE, DELETE ON run_step FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_reciprocal_pool_append_only BEFORE UPDATE, DELETE ON run_reciprocal_pool FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_reciprocal_share_append_only BEFORE UPDATE, DELETE ON run_reciprocal_share FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_tdabc_append_only BEFORE UPDATE, DELETE ON run_tdabc FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER run_rate_card_append_only BEFORE UPDATE, DELETE ON run_rate_card FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE, DELETE ON ledger_entry FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER ledger_line_append_only BEFORE UPDATE, DELETE ON ledger_line FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER chain_link_append_only BEFORE UPDATE, DELETE ON chain_link FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
CREATE TRIGGER chain_record_append_only BEFORE UPDATE, DELETE ON chain_record FOR EACH ROW CALL 'dev.chargeback.ledger.internal.AppendOnlyTrigger';
