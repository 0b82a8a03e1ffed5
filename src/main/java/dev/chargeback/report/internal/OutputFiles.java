package dev.chargeback.report.internal;

import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.Manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The outputs registry: every file a run writes, in writing order. `run`, `export`, the dry run, the manifest's
 * output hashes and the removal of stale files all read this one list, so a new output is one {@link OutputFile}
 * class plus one line here. manifest.json stays last: it hashes the files written before it.
 */
public final class OutputFiles {
    static final List<OutputFile> ALL = List.of(new AllocationsCsv(), new JournalCsv(), new ReversalCsv(),
            new ReconciliationCsv(), new RejectsCsv(), new MethodDetailJson(), new ManifestJson());

    private OutputFiles() {
    }

    /** The names of the registered outputs, in writing order. */
    public static List<String> names() {
        return ALL.stream().map(OutputFile::name).toList();
    }

    /**
     * Writes every registered output of a run into {@code out}, all together (see {@link StagedOutputs}); an output
     * of the folder's previous run that this run has nothing for is removed, so the folder holds this run's files
     * only. {@code archive} is null when nothing was posted; {@code supersededBy} names the run that reversed this
     * one, or is null. A {@code committed} run (posted, not a dry run's rows about to be rolled back, which only the
     * dry run's own connection sees) has its outputs before the manifest written on every core, each reading the
     * run on a connection of its own; the manifest, which hashes them, comes last either way.
     */
    public static void write(Manifest manifest, RunArchive archive, List<Reject> rejects, Path out,
                             RunId supersededBy, boolean committed) {
        RunSource run = new RunSource(manifest, archive, rejects, supersededBy);
        try (StagedOutputs staged = StagedOutputs.open(out, manifest.runId())) {
            List<OutputFile> before = ALL.subList(0, ALL.size() - 1);
            if (committed) {
                writeOnEveryCore(before, run, staged);
            } else {
                before.forEach(output -> output.write(run, staged.file(output.name())));
            }
            ALL.getLast().write(run, staged.file(ALL.getLast().name()));
            staged.publish(names(), ManifestJson.NAME);
        }
    }

    /**
     * The outputs on as many threads as the machine has cores, the largest (allocations.csv, journal.csv: 100,000
     * rows each for a large run) first. Measured on 1M-row months, two interleaved rounds: the export 1.34-1.56 s ->
     * 1.04-1.12 s (medians of three).
     */
    private static void writeOnEveryCore(List<OutputFile> outputs, RunSource run, StagedOutputs staged) {
        int threads = Math.min(outputs.size(), Runtime.getRuntime().availableProcessors());
        try (ExecutorService writers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("export-", 1).daemon(true).factory())) {
            List<Future<?>> written = outputs.stream()
                    .<Future<?>>map(output -> writers.submit(() -> output.write(run, staged.file(output.name()))))
                    .toList();
            for (Future<?> output : written) {
                try {
                    output.get();
                } catch (ExecutionException e) {
                    // the others are not interrupted: H2 closes a file that an interrupted thread was reading
                    written.forEach(other -> other.cancel(false));
                    switch (e.getCause()) {
                        case RuntimeException r -> throw r;
                        case Error error -> throw error;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the run's files", e);
                }
            }
        }
    }

    /** True when {@code out} holds the files of a run that was posted (or previewed): its manifest says so. */
    public static boolean holdsPostedRun(Path out) {
        Path manifest = out.resolve(ManifestJson.NAME);
        try {
            return java.nio.file.Files.isRegularFile(manifest)
                    && !"REJECTED".equals(Json.read(manifest).path("status").asString());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
