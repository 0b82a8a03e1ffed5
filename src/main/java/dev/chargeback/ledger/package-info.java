/**
 * The ledger: balanced double-entry journal entries built from a run's flows, reversals of a superseded run, and the
 * hash chain that makes the append-only ledger tamper-evident. The model here is pure Java; the jOOQ store that
 * appends and verifies lives in {@code internal}.
 *
 * <p>The ledger also owns the run data. Posting writes a run (header, pools, flows, inputs, warnings, the method's
 * working as typed rows, entries) in one transaction, so the feature that writes those tables is the one that reads
 * them: {@link dev.chargeback.ledger.RunArchive} is the typed read API (records: {@link RunHeader},
 * {@link PostedFlow}, {@link JournalEntry}, and the core's {@code PoolResult}, {@code DriverTotal} and
 * {@code MethodDetail}) that every reader goes through: the output files ({@code report}) today, explain, diff and
 * reports next. It lives here rather than in {@code run}, because {@code run} drives {@code report}, which reads
 * runs: a reader there would make the two depend on each other. jOOQ stays inside {@code internal}.
 */
package dev.chargeback.ledger;
