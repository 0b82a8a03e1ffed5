/**
 * The jOOQ converters the generated schema classes ({@code dev.chargeback.db}, generated from {@code sql/} at build
 * time) use for the domain's values: periods as {@code YearMonth}, run ids, driver kinds. They belong to the schema
 * layer, not to a feature: every feature's store reads and writes these types through the generated tables, and no
 * feature depends on another through them.
 */
package dev.chargeback.db.converter;
