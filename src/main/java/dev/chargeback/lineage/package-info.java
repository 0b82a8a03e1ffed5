/**
 * Lineage: questions an auditor asks about a posted run, answered by readers over
 * {@link dev.chargeback.ledger.archive.RunArchive} (never a query of their own).
 *
 * <p>{@link dev.chargeback.lineage.Explainer} ({@code explain}) traces what a receiver was charged: journal line,
 * flow, rule (number and line in the archived rules file), the pool's cost and what reached it from other service
 * pools (step-down stages, the reciprocal solution's full costs), the arithmetic that gives the amount to the cent
 * (rebuilt from the pool's posted flows, {@code PoolArithmetic}), and, with rows, the GL lines and driver rows read
 * again from the input archive through {@link dev.chargeback.ingest.SourceRows} ({@code RowSelection} says which
 * rows are behind a pool and a receiver's quantity, by the allocation core's rules). Written as text, a long CSV
 * table or JSON.
 *
 * <p>{@link dev.chargeback.lineage.AuditPack} writes the auditor's zip with its own SHA256SUMS, and
 * {@link dev.chargeback.lineage.AuditPackCheck} checks one offline ({@code verify --pack}).
 */
package dev.chargeback.lineage;
