package dev.chargeback.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code export-journal} on one shared ledger: October 2026 posted under step-down, then rerun under direct, so the
 * run in force (direct) carries the reversal of the step-down run. Every export is parsed back and summed per
 * company, GL account and cost-center segment, and compared with the expected journals of the end-to-end suite
 * (src/test/resources/e2e: direct and step-down, proven against real runs there), mapped by this test's own table:
 * the run in force's lines plus the step-down journal with debit and credit swapped. Each document balances.
 */
class ErpJournalExportTest {
    private static final Path EXPECTED = Path.of("src", "test", "resources", "e2e");
    /** This test's mapping, applied independently of the engine: ledger account to GL account. */
    private static final Map<String, String> ACCOUNTS = Map.of("9410", "681000", "9411", "681100",
            "9413", "681300", "9420", "682000", "9421", "682100", "9430", "683000", "9431", "683100");

    @TempDir
    static Path temp;
    private static TestDatabase database;
    private static Path mapping;

    @BeforeAll
    static void postStepDownThenDirect() throws IOException {
        database = new H2Databases().create();
        run("--rules", "sample-data/rules-step-down.yaml", "--out", temp.resolve("step-down").toString());
        run("--out", temp.resolve("direct").toString());
        mapping = write("mapping.yaml", mappingText(costCenters()));
    }

    @AfterAll
    static void dropLedger() {
        database.close();
    }

    @Test
    void genericExportSumsBackToTheLedgerPerAccountAndCostCenterAndEachDocumentBalances() throws IOException {
        Path out = temp.resolve("generic");
        Cli.Result r = export("--profile", "generic", "--mapping", mapping.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.describe());
        List<CSVRecord> rows = parse(out.resolve("journal-generic.csv"), ',');

        assertEquals(expectedNet("direct", 1), net(rows.stream().filter(k -> k.get("kind").equals("ALLOCATION"))
                .toList(), this::genericKey, "debit", "credit"));
        assertEquals(expectedNet("step-down", -1), net(rows.stream().filter(k -> k.get("kind").equals("REVERSAL"))
                .toList(), this::genericKey, "debit", "credit"));
        assertBalanced(rows, "document", "debit", "credit");
        assertTrue(rows.stream().allMatch(k -> k.get("posting_date").equals("2026-10-31")
                && k.get("reference").equals(k.get("document").substring(0, k.get("document").lastIndexOf('-')))),
                "posting date is the period's last day, the reference is the run id");
        assertTrue(r.out().contains("and its reversal of run 2026-10-"), r.describe());
    }

    @Test
    void oracleExportWithSemicolonsBomAndDecimalCommaSumsBackAndBalancesPerJournal() throws IOException {
        Path out = temp.resolve("oracle");
        Cli.Result r = export("--profile", "oracle-gl-interface", "--mapping", mapping.toString(), "--out",
                out.toString(), "--delimiter", ";", "--bom", "--decimal-comma", "--posting-date", "2026-10-30");
        assertEquals(0, r.exit(), r.describe());
        byte[] bytes = Files.readAllBytes(out.resolve("journal-oracle-gl-interface.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> rows = parse(out.resolve("journal-oracle-gl-interface.csv"), ';');

        Map<String, BigDecimal> expected = new TreeMap<>(expectedNet("direct", 1));
        expectedNet("step-down", -1).forEach((k, v) -> expected.merge(k, v, BigDecimal::add));
        expected.values().removeIf(v -> v.signum() == 0);
        Map<String, BigDecimal> actual = net(rows, k -> k.get("SEGMENT1") + "|" + k.get("SEGMENT3") + "|"
                + k.get("SEGMENT2"), "ENTERED_DR", "ENTERED_CR");
        actual.values().removeIf(v -> v.signum() == 0);
        assertEquals(expected, actual);
        assertBalanced(rows, "REFERENCE4", "ENTERED_DR", "ENTERED_CR");
        assertTrue(rows.stream().allMatch(k -> k.get("STATUS").equals("NEW") && k.get("ACTUAL_FLAG").equals("A")
                && k.get("LEDGER_ID").equals("300000001") && k.get("ACCOUNTING_DATE").equals("2026-10-30")
                && k.get("CURRENCY_CODE").equals("EUR") && k.get("USER_JE_SOURCE_NAME").equals("Chargeback")
                && (k.get("ENTERED_DR").isEmpty() != k.get("ENTERED_CR").isEmpty())), "fixed columns");
    }

    @Test
    void aMappingThatMissesACostCenterOrHasAnUnknownKeyIsRefusedWithFileAndLine() throws IOException {
        Path partial = write("partial.yaml", mappingText(costCenters()).replace("  SALES: CC-SALES\n", ""));
        Cli.Result missing = export("--profile", "generic", "--mapping", partial.toString(), "--out",
                temp.resolve("refused").toString());
        assertEquals(2, missing.exit(), missing.describe());
        assertTrue(missing.err().contains("no segment for cost center SALES: add it to " + partial
                + " (cost_centers: line 14)"), missing.describe());

        Path typo = write("typo.yaml", "company: 1000\nacounts:\n  9410: 681000\ncompany: 2000\n");
        Cli.Result unknown = export("--profile", "generic", "--mapping", typo.toString());
        assertEquals(2, unknown.exit(), unknown.describe());
        assertTrue(unknown.err().contains(typo + " line 2: unknown key 'acounts' in the mapping file"),
                unknown.describe());
        assertTrue(unknown.err().contains(typo + " line 4: duplicate key 'company'"), unknown.describe());
        assertTrue(Files.notExists(temp.resolve("refused")), "nothing written");

        Cli.Result noLedgerId = export("--profile", "oracle-gl-interface");
        assertEquals(2, noLedgerId.exit(), noLedgerId.describe());
        assertTrue(noLedgerId.err().contains("the profile oracle-gl-interface needs ledger_id"), noLedgerId.describe());
    }

    /** Net (debit - credit) per company|GL account|segment of an expected journal, mapped by this test's table. */
    private static Map<String, BigDecimal> expectedNet(String method, int sign) throws IOException {
        Path file = EXPECTED.resolve(method.equals("direct") ? "2026-10" : method + "/2026-10").resolve("journal.csv");
        Map<String, BigDecimal> net = new TreeMap<>();
        for (CSVRecord l : parse(file, ',')) {
            boolean sender = l.get("pool").split("/")[0].equals(l.get("cost_center"));
            String gl = l.get("pool").equals("FACILITIES/FAC-RECEPTION") ? "683900"
                    : l.get("account").equals("9412") ? (sender ? "681290" : "681200") : ACCOUNTS.get(l.get("account"));
            String company = l.get("cost_center").equals("MFG") ? "2000" : "1000";
            BigDecimal amount = new BigDecimal(l.get("debit")).subtract(new BigDecimal(l.get("credit")));
            net.merge(company + "|" + gl + "|CC-" + l.get("cost_center"), amount.multiply(BigDecimal.valueOf(sign)),
                    BigDecimal::add);
        }
        return net;
    }

    private String genericKey(CSVRecord k) {
        return k.get("company_code") + "|" + k.get("gl_account") + "|" + k.get("cost_center_segment");
    }

    private static Map<String, BigDecimal> net(List<CSVRecord> rows, Function<CSVRecord, String> key, String debit,
                                               String credit) {
        Map<String, BigDecimal> net = new TreeMap<>();
        rows.forEach(k -> net.merge(key.apply(k), amount(k.get(debit)).subtract(amount(k.get(credit))),
                BigDecimal::add));
        return net;
    }

    private static void assertBalanced(List<CSVRecord> rows, String document, String debit, String credit) {
        Map<String, BigDecimal> balance = new LinkedHashMap<>();
        rows.forEach(k -> balance.merge(k.get(document), amount(k.get(debit)).subtract(amount(k.get(credit))),
                BigDecimal::add));
        balance.forEach((doc, b) -> assertEquals(0, b.signum(), "document " + doc + " is off by " + b));
        assertTrue(balance.size() > 8, "one document per entry of both runs: " + balance.keySet());
    }

    private static BigDecimal amount(String text) {
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text.replace(',', '.'));
    }

    private static List<String> costCenters() throws IOException {
        return parse(Path.of("sample-data", "cost_centers.csv"), ',').stream().map(k -> k.get("id")).toList();
    }

    /** Cost centers as CC-<id>, MFG in company 2000, the rest in 1000; reception on its own account. */
    private static String mappingText(List<String> costCenters) {
        StringBuilder text = new StringBuilder("""
                # test mapping
                company: "1000"
                accounts:
                """);
        ACCOUNTS.forEach((ledger, gl) -> text.append("  \"").append(ledger).append("\": \"").append(gl)
                .append("\"\n"));
        text.append("  \"9412\": { sender: \"681290\", receiver: \"681200\" }\n");
        text.append("pools:\n  FACILITIES/FAC-RECEPTION: \"683900\"\ncost_centers:\n");
        costCenters.forEach(id -> text.append("  ").append(id).append(id.equals("MFG")
                ? ": { segment: CC-MFG, company: \"2000\" }" : ": CC-" + id).append('\n'));
        text.append("oracle-gl-interface:\n  ledger_id: 300000001\n");
        return text.toString();
    }

    private static List<CSVRecord> parse(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--period", "2026-10", "--data", "sample-data",
                "--db", database.url()));
        args.addAll(List.of(more));
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.describe());
    }

    private static Cli.Result export(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export-journal", "--period", "2026-10", "--db",
                database.url()));
        args.addAll(List.of(more));
        return Cli.execute(args.toArray(String[]::new));
    }
}
