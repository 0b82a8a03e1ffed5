package dev.chargeback.report.internal;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.model.ReportModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the `report` command, report.html and report.xlsx, written from the ledger for one period's run
 * in force. Public only because {@link dev.chargeback.report.PeriodReports}, at the feature's root, calls it.
 *
 * <p>They are not in {@link OutputFiles}, the registry of a run's files: a report shows every period of the ledger
 * up to its own (the trend), so it changes when a later period is run, while a run's files are its own and never
 * change; the manifest hashes them at posting time. A report is a view of the ledger at a moment, written on demand.
 */
public final class ReportDocuments {
    public static final String HTML = "report.html";
    public static final String WORKBOOK = "report.xlsx";
    static final List<String> SHEETS = List.of("Summary", "Comparison", "Statements", "Recovery", "Allocations",
            "Journal", "Reconciliation");

    private final ReportReader reader;
    private final ReportModels models;

    public ReportDocuments(RunArchive archive, ReportModels models) {
        this.reader = new ReportReader(archive);
        this.models = models;
    }

    /** Writes report.html and report.xlsx of a run in force into {@code out}; returns the files written. */
    public List<Path> write(RunId runId, Path out) {
        ReportFacts facts = reader.read(runId, models.forRun(runId, null));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(SummaryTables.keyFigures(facts));
        tables.add(SummaryTables.chargedBySupplier(facts));
        tables.addAll(facts.sections());
        tables.add(LedgerTables.reconciliation(facts));
        Path html = out.resolve(HTML);
        HtmlReport.write(facts, tables, html);
        List<ReportTable> sheets = new ArrayList<>(tables);
        sheets.add(LedgerTables.allocations(facts));
        sheets.add(LedgerTables.journal(facts));
        Path workbook = out.resolve(WORKBOOK);
        WorkbookReport.write(facts.money(), SHEETS, sheets, workbook);
        return List.of(html, workbook);
    }
}
