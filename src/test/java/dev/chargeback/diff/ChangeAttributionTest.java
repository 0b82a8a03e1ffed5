package dev.chargeback.diff;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.Money;
import dev.chargeback.diff.PoolSnapshot.LineKey;
import dev.chargeback.ledger.PostedFlow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.diff.Cause.ADDED_OR_REMOVED;
import static dev.chargeback.diff.Cause.DRIVER_QUANTITY;
import static dev.chargeback.diff.Cause.DRIVER_TOTAL;
import static dev.chargeback.diff.Cause.POOL_COST;
import static dev.chargeback.diff.Cause.RECEIVED;
import static dev.chargeback.diff.Cause.ROUNDING;
import static dev.chargeback.diff.Cause.RULE_OR_METHOD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-built pools whose every part is worked out by hand in the comments (cents), so that each cause of the
 * sequential attribution is pinned to a number, and the parts are seen to sum to the change.
 */
class ChangeAttributionTest {
    private final ChangeAttribution attribution = new ChangeAttribution(Money.of("EUR"));

    @Test
    void poolCostThenQuantityThenDriverTotalAreMeasuredOneAfterTheOther() {
        // from: 1000.00 over A 1 h, B 2 h (3 h): 333.33, 666.67. to: 1200.00 over A 2 h, B 2 h (4 h): 600.00, 600.00
        var from = run("direct", pool("IT", "proportional", "hours", 100_000, 0, "3",
                flow("A", "1", 33_333), flow("B", "2", 66_667)));
        var to = run("direct", pool("IT", "proportional", "hours", 120_000, 0, "4",
                flow("A", "2", 60_000), flow("B", "2", 60_000)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        // A: 1200 x 1/3 = 400.00 (pool cost +66.67); 1200 x 2/3 = 800.00 (quantity +400.00); 1200 x 2/4 = 600.00
        assertParts(lines.get("A"), 26_667, Map.of(POOL_COST, 6_667L, DRIVER_QUANTITY, 40_000L, DRIVER_TOTAL, -20_000L));
        // B: 1200 x 2/3 = 800.00 (pool cost +133.33); quantity unchanged; 1200 x 2/4 = 600.00 (total -200.00)
        assertParts(lines.get("B"), -6_667, Map.of(POOL_COST, 13_333L, DRIVER_TOTAL, -20_000L));
    }

    @Test
    void whatAPoolReceivedFromServicePoolsIsItsOwnCause() {
        // own 900.00 both times; received 100.00 then 300.00: 1000.00 then 1200.00 over two equal receivers
        var from = run("step-down", pool("IT", "proportional", "hours", 90_000, 10_000, "2",
                flow("A", "1", 50_000), flow("B", "1", 50_000)));
        var to = run("step-down", pool("IT", "proportional", "hours", 90_000, 30_000, "2",
                flow("A", "1", 60_000), flow("B", "1", 60_000)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        assertParts(lines.get("A"), 10_000, Map.of(RECEIVED, 10_000L));
        assertParts(lines.get("B"), 10_000, Map.of(RECEIVED, 10_000L));
    }

    @Test
    void aCentMovedByTheLargestRemainderIsRounding() {
        // 100.00 over three equal receivers: each 33.33 by the model; the ledger's odd cent went to A, now to B
        var from = run("direct", pool("IT", "even", "", 10_000, 0, "3",
                flow("A", "1", 3_334), flow("B", "1", 3_333), flow("C", "1", 3_333)));
        var to = run("direct", pool("IT", "even", "", 10_000, 0, "3",
                flow("A", "1", 3_333), flow("B", "1", 3_334), flow("C", "1", 3_333)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        assertParts(lines.get("A"), -1, Map.of(ROUNDING, -1L));
        assertParts(lines.get("B"), 1, Map.of(ROUNDING, 1L));
        assertEquals(false, lines.get("C").moved(), "C: nothing moved");
    }

    @Test
    void aNewReceiverIsAddedAndTheOthersSeeTheDriverTotal() {
        // 300.00 over A 1, B 2 (100.00, 200.00); then C 3 joins: over 6, A 50.00, B 100.00, C 150.00
        var from = run("direct", pool("IT", "proportional", "hours", 30_000, 0, "3",
                flow("A", "1", 10_000), flow("B", "2", 20_000)));
        var to = run("direct", pool("IT", "proportional", "hours", 30_000, 0, "6",
                flow("A", "1", 5_000), flow("B", "2", 10_000), flow("C", "3", 15_000)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        assertParts(lines.get("A"), -5_000, Map.of(DRIVER_TOTAL, -5_000L));
        assertParts(lines.get("B"), -10_000, Map.of(DRIVER_TOTAL, -10_000L));
        assertParts(lines.get("C"), 15_000, Map.of(ADDED_OR_REMOVED, 15_000L));
    }

    @Test
    void aRateCardSplitsQuantityFromTheStandardRateAndItsUnderRecoveryTakesWhatIsLeft() {
        // pool 200.00; rate 10 x 5 seats = 50.00 (under-recovery 150.00); then 12 x 6 = 72.00 (under-recovery 128.00)
        var from = run("direct", pool("IT", "rate", "usage:SEATS", 20_000, 0, "5",
                rate("A", "5", "10", 5_000), remainder("IT", FlowKind.UNDER_RECOVERY, 15_000)));
        var to = run("direct", pool("IT", "rate", "usage:SEATS", 20_000, 0, "6",
                rate("A", "6", "12", 7_200), remainder("IT", FlowKind.UNDER_RECOVERY, 12_800)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        // A: 10 x 6 = 60.00 (quantity +10.00), 12 x 6 = 72.00 (rate +12.00)
        assertParts(lines.get("A"), 2_200, Map.of(DRIVER_QUANTITY, 1_000L, RULE_OR_METHOD, 1_200L));
        // what the pool keeps moves the other way, cause by cause
        assertParts(lines.get("IT"), -2_200, Map.of(DRIVER_QUANTITY, -1_000L, RULE_OR_METHOD, -1_200L));
    }

    @Test
    void fixedSharesThatChangeAreARuleChange() {
        var from = run("direct", pool("HR", "fixed", "", 10_000, 0, "100",
                flow("A", "60", 6_000), flow("B", "40", 4_000)));
        var to = run("direct", pool("HR", "fixed", "", 10_000, 0, "100",
                flow("A", "50", 5_000), flow("B", "50", 5_000)));

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        assertParts(lines.get("A"), -1_000, Map.of(RULE_OR_METHOD, -1_000L));
        assertParts(lines.get("B"), 1_000, Map.of(RULE_OR_METHOD, 1_000L));
    }

    @Test
    void anotherMethodOrBasisPutsTheWholeChangeOnTheRule() {
        var from = run("direct", pool("IT", "proportional", "hours", 30_000, 0, "3",
                flow("A", "1", 10_000), flow("B", "2", 20_000)));
        var to = run("reciprocal", pool("IT", "proportional", "hours", 36_000, 0, "3",
                flow("A", "1", 12_000), flow("B", "2", 24_000)));
        var even = run("direct", pool("IT", "even", "", 30_000, 0, "2",
                flow("A", "1", 15_000), flow("B", "1", 15_000)));

        assertParts(byReceiver(attribution.compare(from, to)).get("A"), 2_000, Map.of(RULE_OR_METHOD, 2_000L));
        assertParts(byReceiver(attribution.compare(from, even)).get("B"), -5_000, Map.of(RULE_OR_METHOD, -5_000L));
    }

    @Test
    void aPoolThatIsGoneTakesEveryLineWithIt() {
        var from = run("direct", pool("IT", "proportional", "hours", 30_000, 0, "3",
                flow("A", "1", 10_000), flow("B", "2", 20_000)));
        var to = new RunSnapshot("direct", Map.of());

        Map<String, DiffLine> lines = byReceiver(attribution.compare(from, to));

        assertParts(lines.get("A"), -10_000, Map.of(ADDED_OR_REMOVED, -10_000L));
        assertParts(lines.get("B"), -20_000, Map.of(ADDED_OR_REMOVED, -20_000L));
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void assertParts(DiffLine line, long change, Map<Cause, Long> nonZero) {
        assertEquals(change, line.change(), line.receiver() + ": change");
        for (Cause c : Cause.values()) {
            assertEquals(nonZero.getOrDefault(c, 0L), line.part(c), line.receiver() + ": " + c.words());
        }
    }

    private static Map<String, DiffLine> byReceiver(List<DiffLine> lines) {
        Map<String, DiffLine> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.receiver(), l));
        return map;
    }

    private static RunSnapshot run(String method, PoolSnapshot pool) {
        return new RunSnapshot(method, Map.of(pool.pool(), pool));
    }

    private static PoolSnapshot pool(String center, String basis, String driver, long own, long received,
                                     String total, PostedFlow... flows) {
        Map<LineKey, PostedFlow> byKey = new LinkedHashMap<>();
        for (PostedFlow f : flows) {
            byKey.put(new LineKey(f.receiver(), f.kind()), new PostedFlow(f.flowNo(), 1, f.kind(), 1, center, center,
                    f.receiver(), "", basis, driver, f.quantity(), f.rate(), f.amount()));
        }
        return new PoolSnapshot(center, center, basis, driver, own, received, new BigDecimal(total), byKey);
    }

    private static PostedFlow flow(String receiver, String quantity, long amount) {
        return new PostedFlow(1, 1, FlowKind.ALLOCATION, 1, "", "", receiver, "", "", "", new BigDecimal(quantity),
                null, amount);
    }

    private static PostedFlow rate(String receiver, String quantity, String rate, long amount) {
        return new PostedFlow(1, 1, FlowKind.ALLOCATION, 1, "", "", receiver, "", "", "", new BigDecimal(quantity),
                new BigDecimal(rate), amount);
    }

    private static PostedFlow remainder(String keeper, FlowKind kind, long amount) {
        return new PostedFlow(1, 1, kind, 1, "", "", keeper, "", "", "", null, null, amount);
    }
}
