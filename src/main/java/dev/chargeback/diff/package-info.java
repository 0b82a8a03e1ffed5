/**
 * {@code diff}: what changed between two posted runs (a rerun and the run it superseded, two named runs, or the
 * runs in force of two periods), per sender pool and receiver, with the change split into its causes: pool cost,
 * what the pool received from other service pools, the receiver's driver quantity, the driver total, rule or
 * method, cost centers added or removed, rounding. The parts of a line sum exactly to its change;
 * {@link dev.chargeback.diff.ChangeAttribution} documents the order in which they are measured.
 *
 * <p>The root holds the pure attribution ({@code ChangeAttribution}, fed plain snapshots) and the service that
 * reads runs through {@link dev.chargeback.ledger.archive.RunArchive} ({@code RunComparison}), never through a
 * query of its own; {@code internal} holds the text, CSV and JSON writers and the Spring wiring.
 */
package dev.chargeback.diff;
