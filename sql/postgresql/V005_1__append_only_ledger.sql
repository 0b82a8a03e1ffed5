-- Append-only, enforced by the database (PostgreSQL): every ledger table refuses UPDATE, DELETE and TRUNCATE,
-- whoever asks (a superuser can still disable triggers; what they change then, `chargeback verify` finds). The
-- message is the same as H2's: "UPDATE on allocation_flow refused: the ledger is append-only".
-- Outside the ledger: period (the current state of each period, a cache derived from period_event that `verify`
-- cross-checks), Spring Batch's job repository and Flyway's history. A new ledger table gets its trigger here and in
-- sql/h2 in a migration of its own, and its ChainedTable in dev.chargeback.ledger.internal.ChainedTables
-- (AppendOnlyTablesTest fails when a table of the schema is in neither list).
-- This file is not read by jOOQ's code generator (it reads sql/*.sql only): Flyway finds it through
-- spring.flyway.locations, which picks sql/h2 or sql/postgresql by the database's vendor.

CREATE OR REPLACE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: the ledger is append-only', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER period_event_append_only BEFORE UPDATE OR DELETE ON period_event FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER period_event_no_truncate BEFORE TRUNCATE ON period_event FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_batch_append_only BEFORE UPDATE OR DELETE ON import_batch FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_batch_no_truncate BEFORE TRUNCATE ON import_batch FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_reject_append_only BEFORE UPDATE OR DELETE ON import_reject FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_reject_no_truncate BEFORE TRUNCATE ON import_reject FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_unknown_column_append_only BEFORE UPDATE OR DELETE ON import_unknown_column FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_unknown_column_no_truncate BEFORE TRUNCATE ON import_unknown_column FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_period_seen_append_only BEFORE UPDATE OR DELETE ON import_period_seen FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER import_period_seen_no_truncate BEFORE TRUNCATE ON import_period_seen FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER cost_center_append_only BEFORE UPDATE OR DELETE ON cost_center FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER cost_center_no_truncate BEFORE TRUNCATE ON cost_center FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER service_append_only BEFORE UPDATE OR DELETE ON service FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER service_no_truncate BEFORE TRUNCATE ON service FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER cost_total_append_only BEFORE UPDATE OR DELETE ON cost_total FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER cost_total_no_truncate BEFORE TRUNCATE ON cost_total FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER driver_total_append_only BEFORE UPDATE OR DELETE ON driver_total FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER driver_total_no_truncate BEFORE TRUNCATE ON driver_total FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_run_append_only BEFORE UPDATE OR DELETE ON allocation_run FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_run_no_truncate BEFORE TRUNCATE ON allocation_run FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_run_input_append_only BEFORE UPDATE OR DELETE ON allocation_run_input FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_run_input_no_truncate BEFORE TRUNCATE ON allocation_run_input FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_pool_append_only BEFORE UPDATE OR DELETE ON allocation_pool FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_pool_no_truncate BEFORE TRUNCATE ON allocation_pool FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_flow_append_only BEFORE UPDATE OR DELETE ON allocation_flow FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER allocation_flow_no_truncate BEFORE TRUNCATE ON allocation_flow FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_warning_append_only BEFORE UPDATE OR DELETE ON run_warning FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_warning_no_truncate BEFORE TRUNCATE ON run_warning FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_step_append_only BEFORE UPDATE OR DELETE ON run_step FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_step_no_truncate BEFORE TRUNCATE ON run_step FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_reciprocal_pool_append_only BEFORE UPDATE OR DELETE ON run_reciprocal_pool FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_reciprocal_pool_no_truncate BEFORE TRUNCATE ON run_reciprocal_pool FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_reciprocal_share_append_only BEFORE UPDATE OR DELETE ON run_reciprocal_share FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_reciprocal_share_no_truncate BEFORE TRUNCATE ON run_reciprocal_share FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_tdabc_append_only BEFORE UPDATE OR DELETE ON run_tdabc FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_tdabc_no_truncate BEFORE TRUNCATE ON run_tdabc FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_rate_card_append_only BEFORE UPDATE OR DELETE ON run_rate_card FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER run_rate_card_no_truncate BEFORE TRUNCATE ON run_rate_card FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER ledger_line_append_only BEFORE UPDATE OR DELETE ON ledger_line FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER ledger_line_no_truncate BEFORE TRUNCATE ON ledger_line FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER chain_link_append_only BEFORE UPDATE OR DELETE ON chain_link FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER chain_link_no_truncate BEFORE TRUNCATE ON chain_link FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER chain_record_append_only BEFORE UPDATE OR DELETE ON chain_record FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER chain_record_no_truncate BEFORE TRUNCATE ON chain_record FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
