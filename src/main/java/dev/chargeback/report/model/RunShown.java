package dev.chargeback.report.model;

import java.time.YearMonth;

/**
 * Which run a report shows: its id, period, method, currency, and whether it is the period's run in force (false
 * for a dry run seen before its rollback, or an older run named by id).
 */
public record RunShown(String runId, YearMonth period, String method, String currency, boolean inForce) {
}
