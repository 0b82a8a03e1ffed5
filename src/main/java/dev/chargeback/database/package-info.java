/**
 * Which database the engine uses (embedded H2 by default, PostgreSQL in production) and how jOOQ talks to it.
 * The schema itself is the DDL in {@code sql/}, run by Flyway.
 */
package dev.chargeback.database;
