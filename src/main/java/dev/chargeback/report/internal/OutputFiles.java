package dev.chargeback.report.internal;

import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.Manifest;

import java.nio.file.Path;
import java.util.List;

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
     * Writes every registered output of a run into {@code out}; an output the run has nothing for is removed, so
     * the folder holds this run's files only. {@code archive} is null when nothing was posted.
     */
    public static void write(Manifest manifest, RunArchive archive, List<Reject> rejects, Path out) {
        RunSource run = new RunSource(manifest, archive, rejects);
        for (OutputFile output : ALL) {
            Path file = out.resolve(output.name());
            if (!output.write(run, file)) {
                CsvOut.delete(file);
            }
        }
    }
}
