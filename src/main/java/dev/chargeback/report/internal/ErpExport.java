package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.JournalExport;
import dev.chargeback.report.JournalExportException;
import org.apache.commons.csv.CSVFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the ERP journal of a run in one registered layout ({@link ErpLayouts}). Public only because
 * {@link JournalExport}, at the package's root, calls it. Nothing is written unless every line maps and every
 * document balances.
 */
public final class ErpExport {

    private ErpExport() {
    }

    public static List<String> profiles() {
        return ErpLayouts.names();
    }

    public static JournalExport.Written write(RunArchive archive, RunId runId, JournalExport.Request request) {
        ErpLayout layout = ErpLayouts.named(request.profile()).orElseThrow(() -> new JournalExportException(
                List.of("unknown profile '" + request.profile() + "'; profiles: " + ErpLayouts.names())));
        ErpMapping mapping = request.mapping() == null ? ErpMapping.IDENTITY : ErpMappingFile.read(request.mapping());
        Map<String, String> settings = settings(layout, mapping);
        RunHeader run = archive.header(runId);
        LocalDate postingDate = request.postingDate() != null ? request.postingDate() : run.period().atEndOfMonth();
        ErpDocuments documents = new ErpDocuments(archive, mapping);
        List<ErpLine> lines = documents.lines(runId, postingDate);
        if (!documents.problems().isEmpty()) {
            throw new JournalExportException(documents.problems());
        }
        long debits = checkBalanced(lines);
        Money money = Money.of(run.currency());
        ErpLayout.AmountFormat amounts = new ErpLayout.AmountFormat(money.scale(), request.decimalComma());
        Path file = request.out().resolve(layout.fileName());
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setDelimiter(request.delimiter())
                .get();
        CsvOut.csv(file, format, request.byteOrderMark(), layout.header(settings), out -> {
            for (ErpLine line : lines) {
                out.printRecord(layout.row(line, settings, amounts));
            }
        });
        int count = (int) lines.stream().map(ErpLine::document).distinct().count();
        return new JournalExport.Written(file, runId, run.supersedesRunId(), count, lines.size(),
                money.format(debits), run.currency());
    }

    /** The profile's settings: defaults, overridden by the mapping file's section; a required one missing is named. */
    private static Map<String, String> settings(ErpLayout layout, ErpMapping mapping) {
        Map<String, String> given = mapping.settings().getOrDefault(layout.name(), Map.of());
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ErpLayout.Setting s : layout.settings()) {
            String value = given.getOrDefault(s.key(), s.defaultValue());
            if (value == null) {
                problems.add("the profile " + layout.name() + " needs " + s.key() + " (" + s.meaning() + "): give "
                        + "--mapping FILE with `" + layout.name() + ": { " + s.key() + ": ... }`"
                        + (mapping.file() == null ? "" : ", in " + mapping.file()));
            }
            settings.put(s.key(), value);
        }
        if (problems.isEmpty()) {
            String where = mapping.file() == null ? "" : mapping.file() + ": ";
            layout.check(settings).forEach(p -> problems.add(where + layout.name() + ": " + p));
        }
        if (!problems.isEmpty()) {
            throw new JournalExportException(problems);
        }
        return settings;
    }

    /** Every document balances (the ledger's entries do; mapping never changes an amount); returns total debits. */
    private static long checkBalanced(List<ErpLine> lines) {
        Map<String, long[]> byDocument = new LinkedHashMap<>();
        for (ErpLine l : lines) {
            long[] sums = byDocument.computeIfAbsent(l.document(), d -> new long[2]);
            sums[0] = Math.addExact(sums[0], l.debit());
            sums[1] = Math.addExact(sums[1], l.credit());
        }
        long debits = 0;
        for (var e : byDocument.entrySet()) {
            if (e.getValue()[0] != e.getValue()[1]) {
                throw new IllegalStateException("document " + e.getKey() + " does not balance");
            }
            debits += e.getValue()[0];
        }
        return debits;
    }
}
