package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputKind;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One input file of a data directory, described whole: its name, its columns, how a row is checked (and what
 * {@link Outcome} an accepted row gives, which {@link Totals} sums), when a run needs it, and what it gives to the
 * files after it (reference data) and to the allocation ({@link ImportedDataBuilder}). {@link InputFiles} lists
 * them in import order; nothing else knows the kinds.
 */
interface InputFile {

    InputKind kind();

    /** The file's columns, required first; any other header column is listed as unknown and ignored. */
    List<Column> columns();

    /** The rule driver that needs this file; empty when every run needs it. */
    default Optional<DriverRef.Kind> neededFor() {
        return Optional.empty();
    }

    /** A fresh row check for one import of the file (it may keep state, e.g. ids seen so far). */
    RowCheck rows(Reference reference);

    /** Checks that need the whole file, run before its batch is saved (they may reject rows or refuse the file). */
    default void finish(Totals totals, YearMonth period) {
    }

    /**
     * True when the file may be split into byte ranges imported in parallel: its row check must not depend on the
     * rows before it (a per-day sum, a duplicate key) and its totals must add up across ranges.
     */
    default boolean partitionable() {
        return false;
    }

    /** True for the files that describe the organisation (cost centers, services): the rules are checked after them. */
    default boolean describesOrganisation() {
        return false;
    }

    /** True when later files are checked against this one (its hash then goes into their context). */
    default boolean providesReference() {
        return false;
    }

    /** The reference data for later files, given this file's saved batch. */
    default Reference provide(Reference reference, long batchId, ImportStore store) {
        return reference;
    }

    /** Adds this file's saved batch to the data the allocation takes. */
    void load(long batchId, ImportStore store, ImportedDataBuilder data);

    default List<String> required() {
        return columns().stream().filter(Column::required).map(Column::name).toList();
    }

    /** Checks one row of the file. */
    @FunctionalInterface
    interface RowCheck {
        /** The row's outcome; when a cell failed, a {@link Outcome.Rejected} of the first problem. */
        Outcome check(Cells cells);
    }
}
