package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.chargeback.run.RunOutput.money;
import static java.math.BigDecimal.ZERO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The promises of SPEC.md checked on a run's output files, each from numbers read back from the files and, where
 * possible, recomputed from the input files themselves (so that a wrong number cannot agree with itself).
 */
final class RunChecks {
    static final List<String> INPUT_FILES = List.of("cost_centers.csv", "services.csv", "costs.csv",
            "timesheets.csv", "usage.csv", "drivers.csv");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private RunChecks() {
    }

    /** A run that posted: every file there, status POSTED, and the invariants below. */
    static void assertPostedRun(RunOutput out) {
        for (String file : RunOutput.POSTED_FILES) {
            assertTrue(out.has(file), () -> "the run wrote no " + file + " in " + out.dir());
        }
        JsonNode m = out.manifest();
        assertEquals("POSTED", m.path("status").asString(), "manifest status");
        String runId = out.runId();
        assertTrue(runId.startsWith(m.path("period").asString()), () -> "run id " + runId + " names its period");
        for (String file : List.of("allocations.csv", "journal.csv", "reconciliation.csv")) {
            out.csv(file).forEach(r -> assertEquals(runId, r.get("run_id"), () -> file + " line "
                    + (r.getRecordNumber() + 1) + " names another run"));
        }
        assertConserved(out);
        assertEveryEntryBalances(out, "journal.csv");
        assertReconciled(out);
        assertJournalTracesFlows(out);
        assertOutputHashes(out);
    }

    /**
     * Conservation, to the cent. Every flow comes out of a pool, so the sum of allocations.csv (all kinds) equals
     * the pools' cost in (own + received from other pools); what lands outside the pools' cost centers, plus the
     * remainders they keep, equals their own cost; and that is the manifest's cost in. Under {@code direct} no pool
     * receives, so the sum of allocations.csv equals the sum of own_cost itself.
     */
    static void assertConserved(RunOutput out) {
        List<CSVRecord> pools = out.csv("reconciliation.csv");
        List<CSVRecord> flows = out.csv("allocations.csv");
        assertFalse(pools.isEmpty(), "reconciliation.csv has no pool");
        assertFalse(flows.isEmpty(), "allocations.csv has no flow");
        BigDecimal own = sum(pools, "own_cost");
        BigDecimal received = sum(pools, "received");
        Set<String> poolOwners = new HashSet<>();
        pools.forEach(p -> poolOwners.add(p.get("cost_center")));
        BigDecimal all = sum(flows, "amount");
        BigDecimal landed = ZERO;
        for (CSVRecord f : flows) {
            if (!"ALLOCATION".equals(f.get("kind")) || !poolOwners.contains(f.get("receiver"))) {
                landed = landed.add(money(f, "amount"));
            }
        }
        assertMoney("sum of allocations.csv amounts vs sum of reconciliation own_cost + received", own.add(received),
                all);
        assertMoney("allocations landing outside the service pools + remainders vs sum of own_cost", own, landed);
        assertMoney("manifest totals.cost_in vs sum of own_cost", own,
                new BigDecimal(out.manifest().path("totals").path("cost_in").asString()));
        if ("direct".equals(out.manifest().path("method").asString())) {
            assertMoney("method direct: nothing received by a pool", ZERO, received);
            assertMoney("method direct: sum of allocations.csv amounts vs sum of own_cost", own, all);
        }
        Map<String, BigDecimal> byPool = new TreeMap<>();
        flows.forEach(f -> byPool.merge(f.get("pool"), money(f, "amount"), BigDecimal::add));
        for (CSVRecord p : pools) {
            BigDecimal spread = money(p, "allocated").add(money(p, "remainder"));
            assertMoney("pool " + p.get("pool") + ": allocations.csv amounts vs reconciliation allocated + remainder",
                    spread, byPool.getOrDefault(p.get("pool"), ZERO));
        }
    }

    /** Each journal entry (lines grouped by entry_id) balances: debits == credits, and the whole file too. */
    static void assertEveryEntryBalances(RunOutput out, String file) {
        Map<String, BigDecimal[]> entries = new LinkedHashMap<>();
        List<CSVRecord> lines = out.csv(file);
        assertFalse(lines.isEmpty(), file + " has no line");
        for (CSVRecord l : lines) {
            BigDecimal debit = money(l, "debit");
            BigDecimal credit = money(l, "credit");
            assertTrue(debit.signum() >= 0 && credit.signum() >= 0, () -> file + " line " + (l.getRecordNumber() + 1)
                    + ": negative debit or credit");
            BigDecimal[] totals = entries.computeIfAbsent(l.get("entry_id"), k -> new BigDecimal[]{ZERO, ZERO});
            totals[0] = totals[0].add(debit);
            totals[1] = totals[1].add(credit);
        }
        entries.forEach((entry, t) -> assertMoney(file + " entry " + entry + ": debits vs credits", t[0], t[1]));
        assertMoney(file + ": total debits vs total credits", sum(lines, "debit"), sum(lines, "credit"));
    }

    /** reconciliation.csv: difference 0.00 on every row, and own + received = cost_in = allocated + remainder. */
    static void assertReconciled(RunOutput out) {
        for (CSVRecord p : out.csv("reconciliation.csv")) {
            String pool = "reconciliation.csv pool " + p.get("pool");
            assertEquals("0.00", p.get("difference"), pool + ": difference");
            BigDecimal in = money(p, "cost_in");
            assertMoney(pool + ": own_cost + received vs cost_in", in, money(p, "own_cost").add(money(p, "received")));
            assertMoney(pool + ": allocated + remainder vs cost_in", in,
                    money(p, "allocated").add(money(p, "remainder")));
        }
    }

    /** Lineage: every journal line that names a flow carries that flow's amount; every ALLOCATION flow is posted. */
    static void assertJournalTracesFlows(RunOutput out) {
        Map<String, CSVRecord> flows = new LinkedHashMap<>();
        out.csv("allocations.csv").forEach(f -> flows.put(f.get("flow"), f));
        Set<String> posted = new TreeSet<>();
        for (CSVRecord l : out.csv("journal.csv")) {
            String flow = l.get("flow");
            if (flow.isEmpty()) {
                continue;
            }
            CSVRecord f = flows.get(flow);
            assertTrue(f != null, () -> "journal.csv line " + (l.getRecordNumber() + 1) + " names flow " + flow
                    + ", which allocations.csv does not have");
            assertTrue(posted.add(flow), () -> "flow " + flow + " is posted twice in journal.csv");
            assertEquals(f.get("receiver"), l.get("cost_center"), "journal line of flow " + flow + ": cost center");
            assertMoney("journal line of flow " + flow + ": debit - credit vs flow amount", money(f, "amount"),
                    money(l, "debit").subtract(money(l, "credit")));
        }
        flows.values().stream().filter(f -> "ALLOCATION".equals(f.get("kind")) && money(f, "amount").signum() != 0)
                .forEach(f -> assertTrue(posted.contains(f.get("flow")), () -> "ALLOCATION flow " + f.get("flow")
                        + " (" + f.get("sender") + " -> " + f.get("receiver") + ") has no journal line"));
    }

    /** manifest.json lists the SHA-256 of every output file, and each matches the file. */
    static void assertOutputHashes(RunOutput out) {
        JsonNode outputs = out.manifest().path("outputs");
        for (String file : List.of("allocations.csv", "journal.csv", "reconciliation.csv", "rejects.csv",
                "method-detail.json", "reversal.csv")) {
            if (out.has(file)) {
                assertEquals(sha256(out.dir().resolve(file)), outputs.path(file).asString(),
                        "manifest outputs." + file + " is the SHA-256 of the file");
            }
        }
        outputs.propertyNames().forEach(name -> assertTrue(out.has(name),
                () -> "manifest lists " + name + ", which the folder does not hold"));
    }

    /**
     * The manifest's inputs: the six files with their SHA-256 (recomputed here), and every row read counted once:
     * accepted + rejected + other_periods == rows_read == the data rows of the file.
     */
    static void assertInputsCounted(RunOutput out, Path data) {
        JsonNode inputs = out.manifest().path("inputs");
        assertEquals(INPUT_FILES.size(), inputs.size(), "manifest inputs");
        Set<String> names = new TreeSet<>();
        for (JsonNode i : inputs) {
            String file = i.path("file").asString();
            names.add(file);
            String sha = i.path("sha256").asString();
            assertTrue(sha.matches("[0-9a-f]{64}"), () -> file + ": sha256 '" + sha + "' is not 64 hex digits");
            assertEquals(sha256(data.resolve(file)), sha, file + ": sha256 of the input file");
            long read = i.path("rows_read").asLong();
            assertEquals(read, i.path("accepted").asLong() + i.path("rejected").asLong()
                    + i.path("other_periods").asLong(), file + ": accepted + rejected + other_periods vs rows_read");
            assertEquals(RunOutput.parse(read(data.resolve(file))).size(), read, file + ": rows_read vs data rows");
        }
        assertEquals(new TreeSet<>(INPUT_FILES), names, "manifest input files");
    }

    /** On clean data: each file's accepted rows are exactly its rows of the period, the others are other_periods. */
    static void assertPeriodRowsAccepted(RunOutput out, Path data, String period) {
        for (JsonNode i : out.manifest().path("inputs")) {
            String file = i.path("file").asString();
            List<CSVRecord> rows = RunOutput.parse(read(data.resolve(file)));
            long ofPeriod = rows.stream().filter(r -> periodOf(file, r).map(p -> p.equals(period)).orElse(true))
                    .count();
            assertEquals(0, i.path("rejected").asLong(), file + ": rejected");
            assertEquals(ofPeriod, i.path("accepted").asLong(), file + ": accepted (rows of " + period + ")");
            assertEquals(rows.size() - ofPeriod, i.path("other_periods").asLong(), file + ": other_periods");
        }
    }

    private static Optional<String> periodOf(String file, CSVRecord row) {
        return switch (file) {
            case "costs.csv", "drivers.csv" -> Optional.of(row.get("period"));
            case "timesheets.csv", "usage.csv" -> Optional.of(row.get("date").substring(0, 7));
            default -> Optional.empty();
        };
    }

    /**
     * Each pool's own_cost is the sum of its costs.csv lines of the period, recomputed here from the GL extract: a
     * line with a service feeds that service's pool, the others their cost center's general pool.
     */
    static void assertPoolCostsMatchCostsCsv(RunOutput out, Path data, String period) {
        Map<String, BigDecimal> gl = new TreeMap<>();
        for (CSVRecord r : RunOutput.parse(read(data.resolve("costs.csv")))) {
            if (r.get("period").equals(period)) {
                String service = r.get("service");
                String pool = r.get("cost_center") + (service.isEmpty() ? "" : "/" + service);
                gl.merge(pool, new BigDecimal(r.get("amount")), BigDecimal::add);
            }
        }
        for (CSVRecord p : out.csv("reconciliation.csv")) {
            BigDecimal exact = gl.get(p.get("pool"));
            assertTrue(exact != null, () -> "pool " + p.get("pool") + " has no line in costs.csv for " + period);
            BigDecimal own = money(p, "own_cost");
            assertTrue(own.subtract(exact).abs().compareTo(HALF_CENT) <= 0, () -> "pool " + p.get("pool")
                    + ": own_cost " + own + " vs costs.csv sum " + exact.toPlainString());
        }
    }

    /**
     * Largest-remainder apportionment seen from outside (SPEC.md promise 3): a proportional pool's ALLOCATION flows
     * go to exactly the receivers with a positive quantity, each within one cent of its exact share of what the pool
     * allocated. {@code quantities} are recomputed by the test from the input files.
     */
    static void assertSpreadInProportion(RunOutput out, String pool, Map<String, BigDecimal> quantities) {
        CSVRecord row = out.csv("reconciliation.csv").stream().filter(p -> p.get("pool").equals(pool)).findFirst()
                .orElseThrow(() -> new AssertionError("reconciliation.csv has no pool " + pool));
        BigDecimal allocated = money(row, "allocated");
        Map<String, BigDecimal> flows = new TreeMap<>();
        out.csv("allocations.csv").stream()
                .filter(f -> f.get("pool").equals(pool) && "ALLOCATION".equals(f.get("kind")))
                .forEach(f -> flows.merge(f.get("receiver"), money(f, "amount"), BigDecimal::add));
        Map<String, BigDecimal> positive = new TreeMap<>();
        quantities.forEach((k, v) -> {
            if (v.signum() > 0) {
                positive.put(k, v);
            }
        });
        assertEquals(positive.keySet(), flows.keySet(), "pool " + pool + ": receivers (those with a quantity)");
        BigDecimal total = positive.values().stream().reduce(ZERO, BigDecimal::add);
        List<String> off = new ArrayList<>();
        positive.forEach((receiver, q) -> {
            BigDecimal exact = allocated.multiply(q).divide(total, 10, RoundingMode.HALF_EVEN);
            if (flows.get(receiver).subtract(exact).abs().compareTo(new BigDecimal("0.01")) >= 0) {
                off.add(receiver + ": " + flows.get(receiver) + " for quantity " + q.toPlainString() + " of "
                        + total.toPlainString() + ", exact share " + exact.setScale(4, RoundingMode.HALF_EVEN));
            }
        });
        assertTrue(off.isEmpty(), () -> "pool " + pool + " (" + allocated + "): flows a cent or more off their exact "
                + "share:\n  " + String.join("\n  ", off));
    }

    /** Byte-identical once each file's own run id is blanked out (run ids live in the run_id column only). */
    static void assertSameExceptRunId(RunOutput a, RunOutput b, String file) {
        String left = a.text(file).replace(a.runId(), "<run_id>");
        String right = b.text(file).replace(b.runId(), "<run_id>");
        if (left.equals(right)) {
            return;
        }
        String[] l = left.split("\n", -1);
        String[] r = right.split("\n", -1);
        int i = 0;
        while (i < Math.min(l.length, r.length) && l[i].equals(r[i])) {
            i++;
        }
        fail(file + " of " + a.dir() + " and " + b.dir() + " differ beyond the run id, first at line " + (i + 1)
                + ":\n  " + (i < l.length ? l[i] : "<end>") + "\n  " + (i < r.length ? r[i] : "<end>"));
    }

    static BigDecimal sum(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> money(r, column)).reduce(ZERO, BigDecimal::add);
    }

    static void assertMoney(String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            fail(what + ": expected " + expected.toPlainString() + " but was " + actual.toPlainString()
                    + " (difference " + actual.subtract(expected).toPlainString() + ")");
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
