/**
 * The batch jobs the CLI runs (import, allocate, export) as the engine sees them: their definitions, loaded from
 * the repository's {@code jobs/} folder (packed into the jar), and how they are launched and restarted through
 * Spring Batch's job repository.
 */
package dev.chargeback.batch;
