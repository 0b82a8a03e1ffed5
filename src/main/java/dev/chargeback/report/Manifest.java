package dev.chargeback.report;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ingest.FileImport;

import java.time.YearMonth;
import java.time.Instant;
import java.util.List;

/**
 * What manifest.json says of a run: identity, inputs with their hashes and row counts, the rules hash, totals,
 * who ran it, when, with which code, and the hash of every output file and of the ledger chain head.
 */
public record Manifest(RunId runId, RunStatus status, YearMonth period, String method, List<String> stepOrder,
                       String currency, String rulesFile, String rulesSha256, List<FileImport> inputs,
                       String inputsSha256, String codeVersion, String user, Instant startedAt, Instant finishedAt,
                       RunTotals totals, boolean acceptedRejects, RunId supersedesRunId, String ledgerHash,
                       List<String> warnings, List<String> problems) {
}
