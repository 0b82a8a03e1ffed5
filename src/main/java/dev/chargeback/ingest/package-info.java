/**
 * Import of a data directory's CSV files (SPEC.md input contract) as a Spring Batch job: each file is read with
 * Commons CSV in a chunk-oriented step, every row validated, rejected rows kept as data (file, line, column, value,
 * reason), and accepted rows totalled into cost totals and driver quantities while streaming. Each file is imported
 * once per content (SHA-256) and reference data; its totals keep the file's hash and line range, so lineage can go
 * back to the rows. Adapters (CSV reader, validators, jOOQ store, job wiring) live in {@code internal}.
 */
package dev.chargeback.ingest;
