package dev.chargeback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash chain that makes the ledger tamper-evident (SPEC promise 8). */
class LedgerHashTest {

    private static final long POSTED_AT = 1_767_225_600_000L;

    private static final JournalEntry ENTRY = new JournalEntry(1, JournalEntry.Kind.ALLOCATION, 1, "IT",
            "Allocation of IT (proportional, hours) stage 1", null, null, List.of(
                    new JournalLine(1, "IT", "ALLOCATION", 0, 100_000, null),
                    new JournalLine(2, "SALES", "ALLOCATION", 75_000, 0, 1),
                    new JournalLine(3, "MFG", "ALLOCATION", 25_000, 0, 2)));

    private static String hash(String previous, JournalEntry entry) {
        return LedgerHash.of(previous, "RUN-1", "2025-01", "EUR", POSTED_AT, entry);
    }

    @Test
    void sha256IsTheStandardDigestInLowerCaseHex() {
        assertThat(LedgerHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(LedgerHash.GENESIS).isEqualTo("0".repeat(64));
    }

    @Test
    void sameEntryAndPreviousHashGiveTheSameHash() {
        assertThat(hash(LedgerHash.GENESIS, ENTRY)).isEqualTo(hash(LedgerHash.GENESIS, ENTRY)).hasSize(64);
    }

    @Test
    void hashChainsThroughThePreviousHash() {
        String first = hash(LedgerHash.GENESIS, ENTRY);

        assertThat(hash(first, ENTRY)).isNotEqualTo(first);
        assertThat(hash("f".repeat(64), ENTRY)).isNotEqualTo(first);
    }

    @Test
    void changingAnEarlierEntryChangesEveryLaterHashOfTheChain() {
        List<JournalEntry> entries = List.of(ENTRY, renumbered(ENTRY, 2), renumbered(ENTRY, 3));
        List<JournalEntry> tampered = new ArrayList<>(entries);
        tampered.set(0, withLine(ENTRY, 2, new JournalLine(2, "SALES", "ALLOCATION", 75_001, 0, 1)));

        List<String> original = chain(entries);
        List<String> afterTampering = chain(tampered);

        for (int i = 0; i < entries.size(); i++) {
            assertThat(afterTampering.get(i)).as("hash of entry %d", i + 1).isNotEqualTo(original.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void hashChangesWhenAnyPartOfTheEntryChanges(UnaryOperator<JournalEntry> change) {
        assertThat(hash(LedgerHash.GENESIS, change.apply(ENTRY))).isNotEqualTo(hash(LedgerHash.GENESIS, ENTRY));
    }

    @Test
    void hashCoversTheRunPeriodCurrencyAndPostingTime() {
        String original = hash(LedgerHash.GENESIS, ENTRY);

        assertThat(LedgerHash.of(LedgerHash.GENESIS, "RUN-2", "2025-01", "EUR", POSTED_AT, ENTRY)).isNotEqualTo(original);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, "RUN-1", "2025-02", "EUR", POSTED_AT, ENTRY)).isNotEqualTo(original);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, "RUN-1", "2025-01", "USD", POSTED_AT, ENTRY)).isNotEqualTo(original);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, "RUN-1", "2025-01", "EUR", POSTED_AT + 1, ENTRY))
                .isNotEqualTo(original);
    }

    @Test
    void hashTellsApartTextMovedAcrossAFieldSeparator() {
        JournalEntry original = new JournalEntry(1, JournalEntry.Kind.ALLOCATION, 1, "IT", "a|b", null, null,
                ENTRY.lines());
        JournalEntry shifted = new JournalEntry(1, JournalEntry.Kind.ALLOCATION, 1, "IT|a", "b", null, null,
                ENTRY.lines());

        assertThat(hash(LedgerHash.GENESIS, shifted)).isNotEqualTo(hash(LedgerHash.GENESIS, original));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("entry number", e -> renumbered(e, 7)),
                change("memo", e -> new JournalEntry(e.entryNo(), e.kind(), e.ruleNo(), e.pool(), e.memo() + ".",
                        e.reversesRunId(), e.reversesEntryNo(), e.lines())),
                change("rule number", e -> new JournalEntry(e.entryNo(), e.kind(), 2, e.pool(), e.memo(),
                        e.reversesRunId(), e.reversesEntryNo(), e.lines())),
                change("pool", e -> new JournalEntry(e.entryNo(), e.kind(), e.ruleNo(), "HR", e.memo(),
                        e.reversesRunId(), e.reversesEntryNo(), e.lines())),
                change("kind and reversed entry", e -> new JournalEntry(e.entryNo(), JournalEntry.Kind.REVERSAL,
                        e.ruleNo(), e.pool(), e.memo(), "RUN-0", 1, e.lines())),
                change("line cost center", e -> withLine(e, 2, new JournalLine(2, "PACK", "ALLOCATION", 75_000, 0, 1))),
                change("line account", e -> withLine(e, 2, new JournalLine(2, "SALES", "ALLOC-IT", 75_000, 0, 1))),
                change("debit amount", e -> withLine(e, 2, new JournalLine(2, "SALES", "ALLOCATION", 75_001, 0, 1))),
                change("credit amount", e -> withLine(e, 1, new JournalLine(1, "IT", "ALLOCATION", 0, 100_001, null))),
                change("debit turned credit", e -> withLine(e, 2, new JournalLine(2, "SALES", "ALLOCATION", 0, 75_000, 1))),
                change("line flow number", e -> withLine(e, 2, new JournalLine(2, "SALES", "ALLOCATION", 75_000, 0, 9))),
                change("line number", e -> withLine(e, 2, new JournalLine(9, "SALES", "ALLOCATION", 75_000, 0, 1))),
                change("line order", e -> new JournalEntry(e.entryNo(), e.kind(), e.ruleNo(), e.pool(), e.memo(),
                        e.reversesRunId(), e.reversesEntryNo(), List.of(e.lines().get(0), e.lines().get(2),
                        e.lines().get(1)))),
                change("line removed", e -> new JournalEntry(e.entryNo(), e.kind(), e.ruleNo(), e.pool(), e.memo(),
                        e.reversesRunId(), e.reversesEntryNo(), e.lines().subList(0, 2))));
    }

    private static Arguments change(String what, UnaryOperator<JournalEntry> change) {
        return Arguments.of(Named.of(what, change));
    }

    private static List<String> chain(List<JournalEntry> entries) {
        List<String> hashes = new ArrayList<>();
        String previous = LedgerHash.GENESIS;
        for (JournalEntry e : entries) {
            previous = hash(previous, e);
            hashes.add(previous);
        }
        return hashes;
    }

    private static JournalEntry renumbered(JournalEntry e, int entryNo) {
        return new JournalEntry(entryNo, e.kind(), e.ruleNo(), e.pool(), e.memo(), e.reversesRunId(),
                e.reversesEntryNo(), e.lines());
    }

    /** The entry with its line {@code lineNo} (1-based) replaced. */
    private static JournalEntry withLine(JournalEntry e, int lineNo, JournalLine line) {
        List<JournalLine> lines = new ArrayList<>(e.lines());
        lines.set(lineNo - 1, line);
        return new JournalEntry(e.entryNo(), e.kind(), e.ruleNo(), e.pool(), e.memo(), e.reversesRunId(),
                e.reversesEntryNo(), lines);
    }
}
