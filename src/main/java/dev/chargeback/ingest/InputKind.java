package dev.chargeback.ingest;

import java.util.Locale;

/**
 * Which input file an import batch came from: the word stored with the batch (and used as the import step's name)
 * and the file's name in a data directory. The kinds themselves, with their columns and checks, are the input file
 * descriptors of {@code ingest.internal} (listed in import order by {@code InputFiles}); a new kind is declared there,
 * not here. The constants below name the kinds other features refer to.
 */
public record InputKind(String word, String fileName) {
    public static final InputKind COST_CENTERS = new InputKind("cost_centers", "cost_centers.csv");
    public static final InputKind SERVICES = new InputKind("services", "services.csv");
    public static final InputKind COSTS = new InputKind("costs", "costs.csv");
    public static final InputKind TIMESHEETS = new InputKind("timesheets", "timesheets.csv");
    public static final InputKind USAGE = new InputKind("usage", "usage.csv");
    public static final InputKind DRIVERS = new InputKind("drivers", "drivers.csv");

    public InputKind {
        if (!word.matches("[a-z][a-z0-9_]{0,19}")) {
            throw new IllegalArgumentException("an input kind is a lower-case word of at most 20 characters: " + word);
        }
    }

    /** The upper-case name that goes into the hash of a data directory's inputs (as in every import so far). */
    public String hashName() {
        return word.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return word;
    }
}
