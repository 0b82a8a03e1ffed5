package dev.chargeback.cli;

import picocli.CommandLine.Option;

import java.util.Map;

/** {@code --threads N}: how many partitions of a large input file are imported at once (the import's grid size). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "import threads: partitions of a large file imported "
            + "at once (default: one per core)")
    Integer threads;

    /** The settings the engine's context takes. */
    Map<String, Object> settings() {
        return threads == null ? Map.of() : Map.of("chargeback.import.threads", Math.max(1, threads));
    }
}
