package dev.chargeback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ProportionalToDriver;
import dev.chargeback.allocation.StandardRate;
import dev.chargeback.allocation.Flow;
import dev.chargeback.allocation.FlowKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Journal entries from a run's flows (SPEC promise 2: every entry balances) and reversals of a superseded run. */
class JournalTest {
    private static final DriverRef HOURS = DriverRef.parse("hours");

    private static final IntFunction<String> ALLOCATION = ruleNo -> "ALLOCATION";
    private static final String RECOVERY = "RECOVERY-VARIANCE";

    /** IT's pool by hours to SALES and MFG, then HR's to SALES and IT (IT received it in an earlier stage). */
    private static final List<Flow> TWO_POOLS = List.of(
            allocation(1, "IT", "SALES", 75_000), allocation(1, "IT", "MFG", 25_000),
            allocation(2, "HR", "SALES", 30_000), allocation(2, "HR", "IT", 20_000));

    @Test
    void oneEntryPerPoolCreditingTheSenderFirstAndDebitingEachReceiver() {
        List<JournalEntry> entries = Journal.fromFlows(TWO_POOLS, ALLOCATION, RECOVERY);

        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().lines()).containsExactly(
                new JournalLine(1, "IT", "ALLOCATION", 0, 100_000, null),
                new JournalLine(2, "SALES", "ALLOCATION", 75_000, 0, 1),
                new JournalLine(3, "MFG", "ALLOCATION", 25_000, 0, 2));
        assertThat(entries.get(1).lines()).containsExactly(
                new JournalLine(1, "HR", "ALLOCATION", 0, 50_000, null),
                new JournalLine(2, "SALES", "ALLOCATION", 30_000, 0, 3),
                new JournalLine(3, "IT", "ALLOCATION", 20_000, 0, 4));
    }

    @Test
    void entryBalancesOnlyWhenItsDebitsEqualItsCredits() {
        List<JournalLine> balanced = List.of(new JournalLine(1, "IT", "ALLOCATION", 0, 100, null),
                new JournalLine(2, "SALES", "ALLOCATION", 100, 0, 1));
        List<JournalLine> oneCentMore = List.of(balanced.getFirst(),
                new JournalLine(2, "SALES", "ALLOCATION", 101, 0, 1));

        assertThat(entry(balanced).balances()).isTrue();
        assertThat(entry(oneCentMore).balances()).isFalse();
        assertThat(entry(oneCentMore).debits()).isEqualTo(101);
        assertThat(entry(oneCentMore).credits()).isEqualTo(100);
    }

    private static JournalEntry entry(List<JournalLine> lines) {
        return new JournalEntry(1, JournalEntry.Kind.ALLOCATION, 1, "IT", "memo", null, null, lines);
    }

    @Test
    void entryNamesItsPoolRuleAndDriverInTheMemo() {
        JournalEntry first = Journal.fromFlows(TWO_POOLS, ALLOCATION, RECOVERY).getFirst();

        assertThat(first.entryNo()).isEqualTo(1);
        assertThat(first.kind()).isEqualTo(JournalEntry.Kind.ALLOCATION);
        assertThat(first.ruleNo()).isEqualTo(1);
        assertThat(first.pool()).isEqualTo("IT");
        assertThat(first.memo()).isEqualTo("Allocation of IT (proportional, hours) stage 1");
    }

    @Test
    void allocationAccountIsTheRulesAccount() {
        List<JournalEntry> entries = Journal.fromFlows(TWO_POOLS, ruleNo -> ruleNo == 2 ? "ALLOC-HR" : "ALLOCATION",
                RECOVERY);

        assertThat(entries.get(1).lines()).extracting(JournalLine::account).containsOnly("ALLOC-HR");
        assertThat(entries.get(0).lines()).extracting(JournalLine::account).containsOnly("ALLOCATION");
    }

    @Test
    void remaindersTheSupplierKeepsPostNothing() {
        List<Flow> flows = List.of(allocation(1, "IT", "SALES", 60_000),
                remainder(1, FlowKind.UNUSED_CAPACITY, "IT", "IT", 20_000),
                remainder(2, FlowKind.UNDER_RECOVERY, "HR", "HR", 5_000),
                remainder(3, FlowKind.NO_DRIVER, "FAC", "FAC", 7_000));

        List<JournalEntry> entries = Journal.fromFlows(flows, ALLOCATION, RECOVERY);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.lines()).hasSize(2);
            assertThat(e.credits()).isEqualTo(60_000);
        });
    }

    @Test
    void underRecoveryPostedToAnotherCostCenterAddsABalancedPairOnTheRecoveryAccount() {
        List<Flow> flows = List.of(allocation(1, "IT", "SALES", 45_000), allocation(1, "IT", "MFG", 36_000),
                remainder(1, FlowKind.UNDER_RECOVERY, "IT", "FINANCE", 19_000));

        JournalEntry entry = Journal.fromFlows(flows, ALLOCATION, RECOVERY).getFirst();

        assertThat(entry.lines()).containsExactly(
                new JournalLine(1, "IT", "ALLOCATION", 0, 81_000, null),
                new JournalLine(2, "SALES", "ALLOCATION", 45_000, 0, 1),
                new JournalLine(3, "MFG", "ALLOCATION", 36_000, 0, 2),
                new JournalLine(4, "FINANCE", RECOVERY, 19_000, 0, 3),
                new JournalLine(5, "IT", RECOVERY, 0, 19_000, 3));
        assertThat(entry.balances()).isTrue();
    }

    @Test
    void overRecoveryPostedToAnotherCostCenterCreditsItAndDebitsTheSupplier() {
        List<Flow> flows = List.of(allocation(1, "IT", "SALES", 108_000),
                remainder(1, FlowKind.OVER_RECOVERY, "IT", "FINANCE", -8_000));

        JournalEntry entry = Journal.fromFlows(flows, ALLOCATION, RECOVERY).getFirst();

        assertThat(entry.lines()).endsWith(new JournalLine(3, "FINANCE", RECOVERY, 0, 8_000, 2),
                new JournalLine(4, "IT", RECOVERY, 8_000, 0, 2));
        assertThat(entry.balances()).isTrue();
    }

    @Test
    void reversalSwapsDebitAndCreditOfEveryLineAndPointsAtTheReversedEntry() {
        List<JournalEntry> posted = Journal.fromFlows(TWO_POOLS, ALLOCATION, RECOVERY);

        List<JournalEntry> reversals = Journal.reverse("RUN-1", posted, 2);

        assertThat(reversals).hasSize(2);
        JournalEntry first = reversals.getFirst();
        assertThat(first.entryNo()).isEqualTo(3);
        assertThat(first.kind()).isEqualTo(JournalEntry.Kind.REVERSAL);
        assertThat(first.reversesRunId()).isEqualTo("RUN-1");
        assertThat(first.reversesEntryNo()).isEqualTo(1);
        assertThat(first.memo()).isEqualTo("Reversal of run RUN-1 entry 1: " + posted.getFirst().memo());
        assertThat(first.lines()).containsExactly(
                new JournalLine(1, "IT", "ALLOCATION", 100_000, 0, null),
                new JournalLine(2, "SALES", "ALLOCATION", 0, 75_000, 1),
                new JournalLine(3, "MFG", "ALLOCATION", 0, 25_000, 2));
        assertThat(reversals.get(1).entryNo()).isEqualTo(4);
        assertThat(reversals).allSatisfy(e -> assertThat(e.balances()).isTrue());
    }

    @Property(tries = 300)
    void everyEntryBalancesAndOpensWithTheSendersCredit(@ForAll("flows") List<Flow> flows) {
        List<JournalEntry> entries = Journal.fromFlows(flows, ALLOCATION, RECOVERY);

        assertThat(entries).allSatisfy(e -> {
            // summed here from the lines, not with JournalEntry.balances(), the engine's own check
            long debits = e.lines().stream().mapToLong(JournalLine::debit).sum();
            long credits = e.lines().stream().mapToLong(JournalLine::credit).sum();
            assertThat(debits).as("entry %d: debits vs credits", e.entryNo()).isEqualTo(credits);
            long allocated = flows.stream().filter(f -> f.pool().equals(e.pool()) && f.kind() == FlowKind.ALLOCATION)
                    .mapToLong(Flow::amount).sum();
            if (allocated > 0) {
                assertThat(e.lines().getFirst()).isEqualTo(new JournalLine(1, e.pool(), "ALLOCATION", 0, allocated, null));
            }
        });
        assertThat(entries).extracting(JournalEntry::entryNo).isSorted().doesNotHaveDuplicates();
        List<JournalEntry> reversals = Journal.reverse("R", entries, 0);
        assertThat(reversals).hasSameSizeAs(entries);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(reversals.get(i).lines()).as("reversal of entry %d", entries.get(i).entryNo())
                    .containsExactlyElementsOf(entries.get(i).lines().stream().map(l -> new JournalLine(l.lineNo(),
                            l.costCenter(), l.account(), l.credit(), l.debit(), l.flowNo())).toList());
        }
    }

    /** Flows of up to five pools (named by their sender) to five receivers, remainders of every kind and sign. */
    @Provide
    Arbitrary<List<Flow>> flows() {
        Arbitrary<Integer> pool = Arbitraries.integers().between(1, 5);
        Arbitrary<String> receiver = Arbitraries.of("SALES", "MFG", "PACK", "P1", "P2");
        Arbitrary<Flow> allocation = Combinators.combine(pool, receiver, Arbitraries.longs().between(1, 10_000_000))
                .as((p, r, amount) -> allocation(p, "P" + p, r, amount));
        Arbitrary<FlowKind> kinds = Arbitraries.of(FlowKind.values()).filter(FlowKind::isRemainder);
        Arbitrary<Flow> remainder = Combinators.combine(pool, kinds, Arbitraries.of("SELF", "FINANCE"),
                        Arbitraries.longs().between(-1_000_000, 1_000_000))
                .as((p, kind, to, amount) -> remainder(p, kind, "P" + p, to.equals("SELF") ? "P" + p : to, amount));
        return Arbitraries.frequencyOf(Tuple.of(4, allocation), Tuple.of(1, remainder))
                .list().ofMaxSize(30);
    }

    private static Flow allocation(int ruleNo, String sender, String receiver, long amount) {
        return new Flow(ruleNo, FlowKind.ALLOCATION, ruleNo, sender, sender, receiver, "", new ProportionalToDriver(HOURS, false), "hours",
                BigDecimal.ONE, null, amount);
    }

    private static Flow remainder(int ruleNo, FlowKind kind, String sender, String receiver, long amount) {
        return new Flow(ruleNo, kind, ruleNo, sender, sender, receiver, "", new StandardRate(HOURS, null, null), "hours", null, null, amount);
    }
}
