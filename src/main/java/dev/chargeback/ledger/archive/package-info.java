/**
 * The run archive: the one typed read API over posted runs. Every reader (the output files in {@code report} today;
 * explain, diff and reports next) asks {@link dev.chargeback.ledger.archive.RunArchive} for a run's header, pools,
 * flows, journal and reversal entries, inputs and their rejects, driver totals, warnings and method detail, and gets
 * records back; no other feature queries the run tables, and jOOQ stays in {@code ledger.internal}.
 *
 * <p>Why here: the ledger posts runs, so it owns their rows. The archive is a sub-package of {@code ledger}, not its
 * root, because the root is the pure ledger model (PureCoreTest) while the archive reads the database and the
 * import batches of {@code ingest}. It is not in {@code run}, because {@code run} drives {@code report}, which reads
 * runs: a reader there would make the two depend on each other.
 *
 * <p>{@link dev.chargeback.ledger.archive.RunRecords} is the archive's port to the stored rows, implemented by the
 * package-private store in {@code ledger.internal}; readers use {@code RunArchive}, never the port.
 */
package dev.chargeback.ledger.archive;
