/**
 * The output files of a run (SPEC.md output contract): allocations.csv, journal.csv (and reversal.csv when the run
 * superseded another), reconciliation.csv, rejects.csv, method-detail.json and manifest.json. They are written from
 * the database, so that they show what was posted, and each file is replaced atomically.
 */
package dev.chargeback.report;
