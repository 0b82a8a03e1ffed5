package dev.chargeback.diff.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.diff.Cause;
import dev.chargeback.diff.DiffLine;
import dev.chargeback.diff.RunDiff;
import dev.chargeback.report.SafeText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per line: {@code from_run, to_run, pool, sender, receiver, kind, from, to, change}, one column per
 * cause ({@code pool_cost ... rounding}, summing to {@code change}) and the currency. RFC 4180, LF line ends.
 */
public final class DiffCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private DiffCsv() {
    }

    public static void write(RunDiff diff, boolean all, Writer out) throws IOException {
        Money money = Money.of(diff.currency());
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        List<String> header = new ArrayList<>(List.of("from_run", "to_run", "pool", "sender", "receiver", "kind",
                "from", "to", "change"));
        for (Cause c : Cause.values()) {
            header.add(c.key());
        }
        header.add("currency");
        csv.printRecord(header);
        for (DiffLine l : all ? diff.lines() : diff.moved()) {
            List<String> row = new ArrayList<>(List.of(diff.from().runId().value(), diff.to().runId().value(),
                    SafeText.cell(l.pool()), SafeText.cell(l.sender()), SafeText.cell(l.receiver()), l.kind().name(), money.format(l.from()), money.format(l.to()),
                    money.format(l.change())));
            for (Cause c : Cause.values()) {
                row.add(money.format(l.part(c)));
            }
            row.add(diff.currency());
            csv.printRecord(row);
        }
        csv.flush();
    }
}
