package dev.chargeback.report;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.internal.ErpExport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The ERP journal import file ({@code export-journal}): the run in force of a period and the reversal it posted, in
 * the layout of one registered profile (generic, oracle-gl-interface), mapped to GL accounts, cost-center segments
 * and company codes by a mapping file, one balanced document per journal entry. Read through the run archive.
 */
public final class JournalExport {
    private final RunArchive archive;

    public JournalExport(RunArchive archive) {
        this.archive = archive;
    }

    /**
     * How to write the file: the profile's name, the mapping file (null: every ledger account and cost center as it
     * is), the posting date (null: the period's last day), the folder, the CSV delimiter, whether a UTF-8
     * byte-order mark goes first and whether amounts use a decimal comma (for spreadsheets in such locales).
     */
    public record Request(String profile, Path mapping, LocalDate postingDate, Path out, char delimiter,
                          boolean byteOrderMark, boolean decimalComma) {
    }

    /** What was written: the file, the run and the run it reversed (null when none), documents, lines, debits. */
    public record Written(Path file, RunId runId, RunId reversedRunId, int documents, int lines, String debits,
                          String currency) {
    }

    /** The names of the registered profiles, in registration order. */
    public static List<String> profiles() {
        return ErpExport.profiles();
    }

    public Optional<RunId> runInForce(YearMonth period) {
        return archive.runInForce(period);
    }

    /** @throws JournalExportException when the mapping or the profile's settings cannot be used (nothing written) */
    public Written write(RunId runId, Request request) {
        return ErpExport.write(archive, runId, request);
    }
}
