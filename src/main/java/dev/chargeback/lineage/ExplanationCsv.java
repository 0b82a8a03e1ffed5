package dev.chargeback.lineage;

import dev.chargeback.report.SafeText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

import static dev.chargeback.lineage.ExplanationText.plain;

/**
 * An explanation as one long CSV table, {@code run_id,receiver,flow,item,file,line,name,value}: each figure of each
 * charge on its own row ({@code item} = journal, flow, rule, pool, inflow:FLOW, fixed:FLOW, arithmetic, gl_line, driver_row),
 * so that a spreadsheet or a script reads it without knowing the shape. Cells that a spreadsheet would take for a
 * formula are prefixed with a quote.
 */
public final class ExplanationCsv {
    public static final String[] HEADER = {"run_id", "receiver", "flow", "item", "file", "line", "name", "value"};

    private ExplanationCsv() {
    }

    public static void write(Explanation e, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Explanation.Charge c : e.charges()) {
                Row row = new Row(csv, e, c.flow().flowNo());
                row.put("flow", null, 0, Map.of("sender", c.flow().sender(), "pool", c.flow().pool(),
                        "basis", c.flow().basis(), "driver", c.flow().driver(), "quantity", plain(c.flow().quantity()),
                        "amount", plain(c.flow().amount()), "stage", String.valueOf(c.flow().stage())));
                if (c.journal() != null) {
                    row.put("journal", null, 0, Map.of("entry", String.valueOf(c.journal().entry()), "line",
                            String.valueOf(c.journal().line()), "account", c.journal().account(),
                            "debit", plain(c.journal().debit())));
                }
                row.put("rule", c.rule().file(), c.rule().line() == null ? 0 : c.rule().line(),
                        Map.of("rule", String.valueOf(c.rule().ruleNo())));
                row.put("pool", null, 0, Map.of("own", plain(c.pool().own()), "received", plain(c.pool().received()),
                        "total", plain(c.pool().total()), "full_cost", plain(c.pool().fullCost())));
                for (Explanation.Inflow i : c.throughServices()) {
                    row.put("inflow:" + i.flowNo(), null, 0, Map.of("from_pool", i.fromPool(), "flow", String.valueOf(i.flowNo()),
                            "amount", plain(i.amount()), "full_cost", plain(i.fullCostOfSender()),
                            "reached_receiver", plain(i.reachedReceiver())));
                }
                arithmetic(row, c.arithmetic());
                for (Explanation.SourceRow r : c.glLines()) {
                    row.put("gl_line", r.file(), r.line(), Map.of("amount", plain(r.value())));
                }
                for (Explanation.SourceRow r : c.driverRows()) {
                    row.put("driver_row", r.file(), r.line(), Map.of("quantity", plain(r.value())));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void arithmetic(Row row, Explanation.Arithmetic a) throws IOException {
        for (Explanation.Fixed x : a.fixed()) {
            row.put("fixed:" + x.flowNo(), null, 0, Map.of("receiver", x.receiver(), "flow", String.valueOf(x.flowNo()),
                    "amount", plain(x.amount())));
        }
        row.put("arithmetic", null, 0, Map.of("base", plain(a.base()), "quantity", plain(a.quantity()),
                "divisor", plain(a.divisor()), "exact", plain(a.exact()), "posted", plain(a.posted()),
                "rounding", a.rounding()));
    }

    /** The rows of one charge; names in sorted order so the file is the same every time. */
    private record Row(CSVPrinter csv, Explanation e, int flow) {
        void put(String item, String file, long line, Map<String, String> values) throws IOException {
            for (String name : new java.util.TreeSet<>(values.keySet())) {
                csv.printRecord(e.runId(), e.receiver(), flow, item, file == null ? "" : file,
                        line == 0 ? "" : line, name, safe(values.get(name)));
            }
        }
    }

    private static String safe(String v) {
        return SafeText.cell(v);
    }
}
