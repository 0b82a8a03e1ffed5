package dev.chargeback.report.internal;

import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.RunId;
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
     * Writes every registered output of a run into {@code out}, all together (see {@link StagedOutputs}); an output
     * of the folder's previous run that this run has nothing for is removed, so the folder holds this run's files
     * only. {@code archive} is null when nothing was posted; {@code supersededBy} names the run that reversed this
     * one, or is null.
     */
    public static void write(Manifest manifest, RunArchive archive, List<Reject> rejects, Path out,
                             RunId supersededBy) {
        RunSource run = new RunSource(manifest, archive, rejects, supersededBy);
        try (StagedOutputs staged = StagedOutputs.open(out, manifest.runId())) {
            for (OutputFile output : ALL) {
                output.write(run, staged.file(output.name()));
            }
            staged.publish(names(), ManifestJson.NAME);
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
