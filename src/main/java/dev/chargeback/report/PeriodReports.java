package dev.chargeback.report;

import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.internal.ReportDocuments;
import dev.chargeback.report.model.ReportModels;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The `report` command's files for a period: report.html (one offline page with its pictures) and report.xlsx
 * (the workbook for finance), written from the period's run in force in the ledger; nothing is run again.
 */
public final class PeriodReports {
    private final Ledger ledger;
    private final ReportDocuments files;

    public PeriodReports(RunArchive archive, Ledger ledger, ReportModels models) {
        this.ledger = ledger;
        this.files = new ReportDocuments(archive, models);
    }

    /** The run in force for the period, if the ledger holds one. */
    public Optional<RunId> runInForce(YearMonth period) {
        return ledger.runInForce(period);
    }

    /** Writes the period's report files into {@code out} from its run in force; returns the files written. */
    public List<Path> write(RunId runInForce, Path out) {
        return files.write(runInForce, out);
    }
}
