/**
 * Which database the engine uses (embedded H2 by default, PostgreSQL in production) and how jOOQ talks to it.
 * The schema itself is the DDL in {@code sql/}, run by Flyway (Spring Batch's job repository included, V002).
 * A database that cannot be used is a {@link dev.chargeback.database.DatabaseException} whose one-line message names
 * it and the cause; {@link dev.chargeback.database.Secrets} keeps passwords out of everything printed.
 *
 * <p>Public API (used by cli and the application): {@link dev.chargeback.database.DatabaseTarget},
 * {@link dev.chargeback.database.DatabaseException}, {@link dev.chargeback.database.Secrets}; for the features' stores:
 * {@link dev.chargeback.database.BulkInsert} (the one way to write many rows: COPY on PostgreSQL, JDBC batches on H2),
 * {@link dev.chargeback.database.WrittenRows} (rows as just written, which the records chain seals without reading
 * them back) and {@link dev.chargeback.database.MadeRows} (rows made as they are written and sealed, never
 * all on the heap). The jOOQ settings and the clock are wired in {@code internal}.
 */
package dev.chargeback.database;
