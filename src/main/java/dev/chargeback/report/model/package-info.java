/**
 * The report model: what the department comparison, the customer statements, the supplier recovery and the trend
 * show, as records built from the ledger by {@link dev.chargeback.report.model.ReportModels} (through the run
 * archive only). The terminal table and compare-&lt;period&gt;.csv ({@code compare}), the statements
 * ({@code statement}), report.html and report.xlsx all render these records, so every report shows the same
 * figures, with names (cost_centers.csv, services.csv, as imported for the run) beside the ids.
 *
 * <p>Money is BigDecimal at the currency's scale; ratios (per head, per hour, per unit) are divided in one place,
 * {@link dev.chargeback.report.model.Ratios}, HALF_EVEN at a stated scale. The builders are package-private; the
 * records and {@code ReportModels} are the API, and their shape is kept stable for the renderers.
 */
package dev.chargeback.report.model;
