package dev.chargeback.report.internal;

import dev.chargeback.ledger.RunId;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.report.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: the run's identity, rules, inputs with hashes and row counts, totals, who and when, and the
 * SHA-256 of every other registered output in the folder. Registered last, so that those files are final.
 * {@code ledger_hash} and {@code records_hash} are the heads of the journal's chain and of the records chain that the
 * run left: an auditor who keeps the manifest can later check with {@code verify --against} that both are still in
 * the ledger.
 */
final class ManifestJson implements OutputFile {
    static final String NAME = "manifest.json";

    record Document(int manifestVersion, String runId, String status, String period, String method,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> stepOrder, String currency, Rules rules,
                    List<Input> inputs, String inputsSha256, Map<String, String> totals, boolean acceptedRejects,
                    String supersedesRunId,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String supersededByRunId, String ledgerHash,
                    String recordsHash, String codeVersion, String user, String startedAt,
                    String finishedAt, List<String> warnings, List<String> problems, Map<String, String> outputs) {
    }

    record Rules(String file, String sha256) {
    }

    record Input(String file, String path, String sha256, long sizeBytes, long rowsRead, long accepted, long rejected,
                 long otherPeriods, List<String> unknownColumns, long importBatch) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean write(RunSource run, Path file) {
        Manifest m = run.manifest();
        Json.write(file, new Document(1, m.runId().value(), m.status().name(), m.period().toString(), m.method(),
                m.stepOrder(), m.currency(),
                new Rules(m.rulesFile(), m.rulesSha256()), m.inputs().stream().map(ManifestJson::input).toList(),
                m.inputsSha256(), m.totals().asText(), m.acceptedRejects(), text(m.supersedesRunId()),
                text(run.supersededBy()), m.ledgerHash(),
                run.posted() ? run.archive().recordsHash(m.runId()).orElse(null) : null, m.codeVersion(), m.user(),
                m.startedAt().toString(), m.finishedAt().toString(), m.warnings(), m.problems(),
                hashes(file.getParent())));
        return true;
    }

    private static String text(RunId id) {
        return id == null ? null : id.value();
    }

    private static Input input(FileImport f) {
        return new Input(f.fileName(), f.path(), f.sha256(), f.sizeBytes(), f.rowsRead(), f.accepted(), f.rejected(),
                f.otherPeriods(), f.unknownColumns(), f.batchId());
    }

    /** The SHA-256 of each other registered output present in the folder, in registry order. */
    private static Map<String, String> hashes(Path folder) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String name : OutputFiles.names()) {
            Path p = folder.resolve(name);
            if (!name.equals(NAME) && Files.isRegularFile(p)) {
                outputs.put(name, sha256(p));
            }
        }
        return outputs;
    }

    private static String sha256(Path file) {
        try {
            return dev.chargeback.fingerprint.Sha256.ofFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file, e);
        }
    }
}
