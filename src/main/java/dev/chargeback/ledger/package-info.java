/**
 * The ledger: balanced double-entry journal entries built from a run's flows, reversals of a superseded run, and the
 * hash chain that makes the append-only ledger tamper-evident. The model here is pure Java; the jOOQ store that
 * appends and verifies lives in {@code internal}.
 */
package dev.chargeback.ledger;
