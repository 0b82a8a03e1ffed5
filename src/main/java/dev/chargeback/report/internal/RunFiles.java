package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ingest.internal.ImportStore;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.LedgerHash;
import dev.chargeback.ledger.internal.LedgerStore;
import dev.chargeback.report.Manifest;
import org.jooq.DSLContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.db.Tables.ALLOCATION_FLOW;
import static dev.chargeback.db.Tables.ALLOCATION_POOL;
import static dev.chargeback.db.Tables.ALLOCATION_RUN;
import static dev.chargeback.db.Tables.ALLOCATION_RUN_INPUT;

/** Writes a run's output files from what the database holds for it. */
public final class RunFiles {
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DSLContext db;
    private final LedgerStore ledger;
    private final ImportStore imports;

    public RunFiles(DSLContext db, LedgerStore ledger, ImportStore imports) {
        this.db = db;
        this.ledger = ledger;
        this.imports = imports;
    }

    /**
     * Writes every file of a run from the database; returns the manifest written. {@code status} is POSTED, or
     * DRY_RUN for a posting about to be rolled back.
     */
    public Manifest write(String runId, Path out, String status, List<String> problems) {
        var run = db.selectFrom(ALLOCATION_RUN).where(ALLOCATION_RUN.RUN_ID.eq(runId)).fetchSingle();
        Money money = Money.of(run.getCurrency());
        allocations(runId, run.getPeriod(), money, out.resolve("allocations.csv"));
        journal(runId, run.getPeriod(), money, ledger.allocationEntries(runId), out.resolve("journal.csv"));
        List<JournalEntry> reversals = ledger.reversalEntries(runId);
        if (!reversals.isEmpty()) {
            journal(runId, run.getPeriod(), money, reversals, out.resolve("reversal.csv"));
        } else {
            CsvOut.delete(out.resolve("reversal.csv")); // another run's, in a reused folder
        }
        reconciliation(runId, run.getPeriod(), money, out.resolve("reconciliation.csv"));
        List<FileImport> inputs = db.select(ALLOCATION_RUN_INPUT.BATCH_ID).from(ALLOCATION_RUN_INPUT)
                .where(ALLOCATION_RUN_INPUT.RUN_ID.eq(runId)).orderBy(ALLOCATION_RUN_INPUT.BATCH_ID)
                .fetch(ALLOCATION_RUN_INPUT.BATCH_ID).stream().map(id -> imports.summary(id, false)).toList();
        List<Reject> rejects = new ArrayList<>();
        inputs.forEach(f -> rejects.addAll(imports.rejects(f.batchId())));
        rejects(rejects, out.resolve("rejects.csv"));
        CsvOut.text(out.resolve("method-detail.json"), w -> w.write(JSON.writeValueAsString(
                JSON.readTree(run.getMethodDetail())) + "\n"));
        Map<String, String> totals = new LinkedHashMap<>();
        totals.put("cost_in", money.format(run.getCostInMinor()));
        totals.put("allocated", money.format(run.getAllocatedMinor()));
        totals.put("remainder", money.format(run.getRemainderMinor()));
        totals.put("rows_rejected", String.valueOf(run.getRowsRejected()));
        List<String> warnings = run.getWarnings().isEmpty() ? List.of() : List.of(run.getWarnings().split("\n"));
        List<String> stepOrder = new ArrayList<>();
        JSON.readTree(run.getMethodDetail()).path("step_order").forEach(n -> stepOrder.add(n.asString()));
        Manifest manifest = new Manifest(runId, status, run.getPeriod(), run.getMethod(), stepOrder,
                run.getCurrency(), run.getRulesFile(), run.getRulesSha256(), inputs, run.getInputsSha256(),
                run.getCodeVersion(), run.getActor(), run.getStartedAt().toInstant(), run.getPostedAt().toInstant(), totals,
                run.getAcceptedRejects(), run.getSupersedesRunId(), run.getLedgerHash(), warnings, problems);
        manifest(manifest, out);
        return manifest;
    }

    private void allocations(String runId, String period, Money money, Path file) {
        var flows = db.selectFrom(ALLOCATION_FLOW).where(ALLOCATION_FLOW.RUN_ID.eq(runId))
                .orderBy(ALLOCATION_FLOW.FLOW_NO).fetchLazy();
        CsvOut.csv(file, List.of("run_id", "period", "stage", "kind", "sender", "receiver", "pool", "service", "basis",
                "driver", "quantity", "rate", "amount", "currency", "rule", "flow"), out -> {
            try (flows) {
                for (var f : flows) {
                    out.printRecord(runId, period, f.getStage(), f.getKind(), f.getSender(), f.getReceiver(),
                            f.getPool(), f.getService(), f.getBasis(), f.getDriver(), plain(f.getQuantity()),
                            f.getRate() == null ? "" : f.getRate(), money.format(f.getAmountMinor()),
                            money.currency(), f.getRuleNo(), f.getFlowNo());
                }
            }
        });
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    static void journal(String runId, String period, Money money, List<JournalEntry> entries, Path file) {
        CsvOut.csv(file, List.of("run_id", "entry_id", "line", "period", "cost_center", "account", "debit", "credit",
                "currency", "memo", "kind", "pool", "rule", "flow", "reverses_run_id", "reverses_entry_id"), out -> {
            for (JournalEntry e : entries) {
                for (JournalLine l : e.lines()) {
                    out.printRecord(runId, e.entryNo(), l.lineNo(), period, l.costCenter(), l.account(),
                            money.format(l.debit()), money.format(l.credit()), money.currency(), e.memo(), e.kind(),
                            e.pool(), e.ruleNo(), l.flowNo() == null ? "" : l.flowNo(),
                            e.reversesRunId() == null ? "" : e.reversesRunId(),
                            e.reversesEntryNo() == null ? "" : e.reversesEntryNo());
                }
            }
        });
    }

    private void reconciliation(String runId, String period, Money money, Path file) {
        var pools = db.selectFrom(ALLOCATION_POOL).where(ALLOCATION_POOL.RUN_ID.eq(runId))
                .orderBy(ALLOCATION_POOL.STAGE, ALLOCATION_POOL.RULE_NO).fetch();
        CsvOut.csv(file, List.of("run_id", "period", "pool", "cost_center", "service", "stage", "own_cost", "received",
                "cost_in", "allocated", "remainder", "difference", "currency"), out -> {
            for (var p : pools) {
                long in = p.getOwnMinor() + p.getReceivedMinor();
                out.printRecord(runId, period, p.getPool(), p.getCostCenter(), p.getService(), p.getStage(),
                        money.format(p.getOwnMinor()), money.format(p.getReceivedMinor()), money.format(in),
                        money.format(p.getAllocatedMinor()), money.format(p.getRemainderMinor()),
                        money.format(in - p.getAllocatedMinor() - p.getRemainderMinor()), money.currency());
            }
        });
    }

    public static void rejects(List<Reject> rejects, Path file) {
        CsvOut.csv(file, List.of("file", "line", "column", "value", "reason"), out -> {
            for (Reject r : rejects) {
                out.printRecord(r.file(), r.line(), r.column(), r.value(), r.reason());
            }
        });
    }

    /** manifest.json, listing the SHA-256 of every output file already in the folder. */
    public static void manifest(Manifest m, Path out) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("manifest_version", 1);
        json.put("run_id", m.runId());
        json.put("status", m.status());
        json.put("period", m.period());
        json.put("method", m.method());
        if (!m.stepOrder().isEmpty()) {
            json.put("step_order", m.stepOrder());
        }
        json.put("currency", m.currency());
        json.put("rules", Map.of("file", m.rulesFile(), "sha256", m.rulesSha256()));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (FileImport f : m.inputs()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("file", f.fileName());
            i.put("path", f.path());
            i.put("sha256", f.sha256());
            i.put("size_bytes", f.sizeBytes());
            i.put("rows_read", f.rowsRead());
            i.put("accepted", f.accepted());
            i.put("rejected", f.rejected());
            i.put("other_periods", f.otherPeriods());
            i.put("unknown_columns", f.unknownColumns());
            i.put("import_batch", f.batchId());
            inputs.add(i);
        }
        json.put("inputs", inputs);
        json.put("inputs_sha256", m.inputsSha256());
        json.put("totals", m.totals());
        json.put("accepted_rejects", m.acceptedRejects());
        json.put("supersedes_run_id", m.supersedesRunId());
        json.put("ledger_hash", m.ledgerHash());
        json.put("code_version", m.codeVersion());
        json.put("user", m.user());
        json.put("started_at", m.startedAt().toString());
        json.put("finished_at", m.finishedAt().toString());
        json.put("warnings", m.warnings());
        json.put("problems", m.problems());
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String name : List.of("allocations.csv", "journal.csv", "reversal.csv", "reconciliation.csv",
                "rejects.csv", "method-detail.json")) {
            Path p = out.resolve(name);
            if (Files.isRegularFile(p)) {
                outputs.put(name, sha256(p));
            }
        }
        json.put("outputs", outputs);
        CsvOut.text(out.resolve("manifest.json"), w -> w.write(JSON.writeValueAsString(json) + "\n"));
    }

    static String sha256(Path file) {
        try {
            return LedgerHash.sha256(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot hash " + file, e);
        }
    }

}
