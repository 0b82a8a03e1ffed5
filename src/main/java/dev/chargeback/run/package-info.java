/**
 * The monthly run: import the period's files, allocate with the rules, post the ledger (reversing the run it
 * supersedes) and write the outputs, as three Spring Batch jobs (jobs/import.yaml, allocate.yaml, export.yaml).
 *
 * <p>Public API (used by cli): {@link dev.chargeback.run.MonthlyRun}, {@link dev.chargeback.run.RunRequest},
 * {@link dev.chargeback.run.RunOutcome}, {@link dev.chargeback.run.RejectsFoundException} and
 * {@link dev.chargeback.run.RunExport} (the export job). {@code internal.PostingJob} is public only because
 * {@code MonthlyRun}, at this package's root, drives it; no other feature may (BoundariesTest).
 */
package dev.chargeback.run;
