/**
 * The ledger: balanced double-entry journal entries built from a run's flows, reversals of a superseded run, and the
 * hash chain that makes the append-only ledger tamper-evident. The model here is pure Java; the jOOQ store that
 * appends and verifies lives in {@code internal}.
 *
 * <p>The ledger also owns the run data: posting writes a run (header, pools, flows, inputs, warnings, the method's
 * working as typed rows, entries) in one transaction, so the feature that writes those tables is the one that reads
 * them, through {@link dev.chargeback.ledger.archive.RunArchive}. The records it returns that are pure
 * ({@link RunHeader}, {@link PostedFlow}, {@link JournalEntry}) live here with the model.
 *
 * <p>Two hash chains: the journal's entries ({@link LedgerHash}), and the records chain ({@link RecordHash}), which
 * seals every other row that explains a number (runs with their pools, flows and rules text, import batches with
 * their totals, period events) in the transaction that writes it; the tables in it are listed once, in
 * {@code internal.ChainedTables}. Other features hand their rows to it through the seals they declare
 * ({@link dev.chargeback.ingest.BatchSeal}, {@link dev.chargeback.period.EventSeal}), which the ledger implements.
 * Every ledger table is append-only in the database too (sql/h2 and sql/postgresql triggers).
 *
 * <p>Public API: {@link dev.chargeback.ledger.Ledger} (post, run in force, entries, runs, verify; used by run and
 * cli), {@link AuditorAccess} (grant-auditor), the model records, {@link LedgerHash} and {@link RecordHash}; posted
 * runs are read through
 * {@link dev.chargeback.ledger.archive.RunArchive}. The stores in {@code internal} are package-private.
 */
package dev.chargeback.ledger;
