package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's table "How the methods change what departments pay" is not typed by hand: it is what the expected
 * files of the sample runs (src/test/resources/e2e, checked row by row against real runs by the end-to-end suite)
 * say each operating cost center receives, the sum of {@code amount} of its ALLOCATION rows under each method. When
 * the numbers change on purpose, the failure message prints the table to paste into README.md.
 */
class ReadmeMethodTableTest {
    private static final Path README = Path.of("README.md");
    private static final Path EXPECTED = Path.of("src", "test", "resources", "e2e");
    private static final Path COST_CENTERS = EndToEndScenarios.SAMPLE.resolve("cost_centers.csv");
    private static final String PERIOD = "2026-10";
    private static final String HEADING = "### How the methods change what departments pay (sample data, " + PERIOD
            + ", EUR)";

    @Test
    void readmeMethodTableIsWhatTheExpectedFilesOfTheSampleRunsGiveEachOperatingCostCenter() throws IOException {
        String table = tableFromExpectedFiles();

        String readme = readmeTable();

        if (!table.equals(readme)) {
            fail("README.md's table under \"" + HEADING + "\" differs from the expected files in " + EXPECTED
                    + "; if those are right, paste this table into README.md:\n\n" + table + "\n\nREADME.md has:\n\n"
                    + readme + "\n");
        }
    }

    @Test
    void amountsAreWrittenWithGroupingCommasAndTwoDecimalsWhateverTheJvmLocale() {
        assertEquals("1,234,567.05", amount(new BigDecimal("1234567.05")));
        assertEquals("-0.10", amount(new BigDecimal("-0.1")));
    }

    /** One row per OPERATING cost center of sample-data/cost_centers.csv that receives, in that file's order. */
    static String tableFromExpectedFiles() {
        Map<String, Map<String, BigDecimal>> byMethod = new LinkedHashMap<>();
        byMethod.put("direct", received(EXPECTED.resolve(PERIOD).resolve("allocations.csv")));
        byMethod.put("step-down (" + String.join(", ", closeOrder()) + ")",
                received(EXPECTED.resolve("step-down").resolve(PERIOD).resolve("allocations.csv")));
        byMethod.put("reciprocal", received(EXPECTED.resolve("reciprocal").resolve(PERIOD).resolve("allocations.csv")));

        List<String> lines = new ArrayList<>();
        lines.add("| receiver | name | " + String.join(" | ", byMethod.keySet()) + " |");
        lines.add("|---|---|" + "---:|".repeat(byMethod.size()));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (CSVRecord center : rows(COST_CENTERS)) {
            String id = center.get("id");
            if (!"OPERATING".equals(center.get("kind"))
                    || byMethod.values().stream().noneMatch(received -> received.containsKey(id))) {
                continue;
            }
            StringBuilder row = new StringBuilder("| " + id + " | " + center.get("name") + " |");
            byMethod.forEach((method, received) -> {
                BigDecimal amount = received.getOrDefault(id, BigDecimal.ZERO);
                totals.merge(method, amount, BigDecimal::add);
                row.append(' ').append(amount(amount)).append(" |");
            });
            lines.add(row.toString());
        }
        StringBuilder total = new StringBuilder("| **operating total** | |");
        totals.values().forEach(t -> total.append(" **").append(amount(t)).append("** |"));
        lines.add(total.toString());
        return String.join("\n", lines);
    }

    /** Sum of amount of the ALLOCATION rows per receiver. */
    private static Map<String, BigDecimal> received(Path allocations) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (CSVRecord r : rows(allocations)) {
            if ("ALLOCATION".equals(r.get("kind"))) {
                sums.merge(r.get("receiver"), RunOutput.money(r, "amount"), BigDecimal::add);
            }
        }
        return sums;
    }

    /** The step-down close order as the expected file shows it: senders by stage. */
    private static List<String> closeOrder() {
        Map<Integer, String> byStage = new TreeMap<>();
        rows(EXPECTED.resolve("step-down").resolve(PERIOD).resolve("allocations.csv"))
                .forEach(r -> byStage.putIfAbsent(Integer.parseInt(r.get("stage")), r.get("sender")));
        return List.copyOf(new LinkedHashSet<>(byStage.values()));
    }

    /** The markdown table under the heading: its lines that start with '|', up to the first line that does not. */
    private static String readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int heading = lines.indexOf(HEADING);
        assertTrue(heading >= 0, () -> "README.md has no heading \"" + HEADING + "\"");
        int first = heading + 1;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        List<String> table = new ArrayList<>();
        for (int i = first; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            table.add(lines.get(i).strip());
        }
        return String.join("\n", table);
    }

    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static List<CSVRecord> rows(Path file) {
        assertTrue(Files.isRegularFile(file), () -> "missing " + file);
        return RunOutput.parse(RunChecks.read(file));
    }
}
