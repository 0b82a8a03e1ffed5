/**
 * The monthly run: import the period's files, allocate with the rules, post the ledger (reversing the run it
 * supersedes) and write the outputs, as three Spring Batch jobs (jobs/import.yaml, allocate.yaml, export.yaml).
 */
package dev.chargeback.run;
