package dev.chargeback.report.internal;

import java.nio.file.Path;

/**
 * One output file of a run. A writer reads the run through {@link RunSource} (the run archive's typed API) and is
 * registered once, in {@link OutputFiles#ALL}.
 */
interface OutputFile {

    /** The file's name in the outputs folder. */
    String name();

    /**
     * Writes the file for the run; returns false when the run has nothing for it (reversal.csv of a run that
     * superseded none, allocations.csv when nothing was posted): then the file is not written, and a copy left in
     * the folder by the previous run is removed when the run's files are published.
     */
    boolean write(RunSource run, Path file);
}
