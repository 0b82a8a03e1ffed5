package dev.chargeback.report.model;

import java.util.List;

/**
 * Everything the reports of one period show, built from the ledger by {@link ReportModels}: the run shown, the
 * names and hierarchy, the department comparison (leaf receivers and roll-ups, every supplier and pool), the trend
 * of each receiver's cost per supplier over the periods of the ledger, one statement per receiving department and
 * the recovery of each service pool. Lists are in a stable order (see each builder).
 */
public record ReportModel(RunShown run, OrgChart org, List<ComparisonRow> comparison, List<TrendPoint> trend,
                          List<Statement> statements, List<RecoveryLine> recovery) {
}
