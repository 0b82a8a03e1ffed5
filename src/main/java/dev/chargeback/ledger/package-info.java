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
 * <p>Public API: {@link dev.chargeback.ledger.Ledger} (post, run in force, entries, runs, verify; used by run and
 * cli), the model records and {@link LedgerHash}; posted runs are read through
 * {@link dev.chargeback.ledger.archive.RunArchive}. The stores in {@code internal} are package-private.
 */
package dev.chargeback.ledger;
