/**
 * The batch jobs the CLI runs (import, allocate, export) as the engine sees them: their definitions, loaded from
 * the repository's {@code jobs/} folder (packed into the jar), and how they are launched and restarted through
 * Spring Batch's job repository.
 *
 * <p>Public API (used by ingest and run): {@link dev.chargeback.batch.JobDefinition},
 * {@link dev.chargeback.batch.JobRunner} (which closes the stale executions a killed process left, through
 * {@link dev.chargeback.batch.StaleExecutions}, before every launch, and reports them with
 * {@code closedStaleExecutions()}); the Spring wiring is in {@code internal}.
 */
package dev.chargeback.batch;
