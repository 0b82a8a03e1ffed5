package dev.chargeback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
    void theChainStartsFromSixtyFourZeros() {
        assertThat(LedgerHash.GENESIS).isEqualTo("0".repeat(64));
    }

    /*
     * Golden hashes: the canonical form of a ledger entry, pinned. Every posted ledger stores these hashes, so a change
     * of the canonical text (a field added, removed or reordered, another separator, bytes instead of chars in the
     * length prefix, another spelling of null) makes `chargeback verify` report every posted entry as "changed after
     * posting". Such a change must be a conscious migration that rehashes existing chains (or versions the canonical
     * form) and comes with its own tests; never update these constants to make the test pass.
     *
     * The expected hex was not taken from the engine: the canonical text below is written out by hand from the
     * documented form (each value as <number of UTF-16 chars>:<value>, null as "null", in the order previous hash, run
     * id, entry no, period, currency, kind, rule no, pool, memo, reverses run id, reverses entry no, posting time in
     * epoch millis, number of lines, then per line: line no, cost center, account, debit, credit, flow no), saved as
     * UTF-8 and digested with coreutils: `printf '%s' "$CANONICAL" | sha256sum`.
     */
    private static final String GOLDEN_ALLOCATION_TEXT = "64:" + "0".repeat(64) + "5:RUN-1" + "1:1" + "7:2025-01"
            + "3:EUR" + "10:ALLOCATION" + "1:1" + "2:IT" + "46:Allocation of IT (proportional, hours) stage 1"
            + "4:null" + "4:null" + "13:1767225600000" + "1:3"
            + "1:1" + "2:IT" + "10:ALLOCATION" + "1:0" + "6:100000" + "4:null"
            + "1:2" + "5:SALES" + "10:ALLOCATION" + "5:75000" + "1:0" + "1:1"
            + "1:3" + "3:MFG" + "10:ALLOCATION" + "5:25000" + "1:0" + "1:2";
    private static final String GOLDEN_ALLOCATION =
            "b1d7368a485e954e018a0e7b2c4268667b9cdbee35b38cb695d8478be970ec1d";

    /** A reversal chained to the entry above; MÜNCHEN is 7 chars but 8 UTF-8 bytes: the prefix counts chars. */
    private static final String MUENCHEN = "M\u00dcNCHEN";
    private static final JournalEntry REVERSAL = new JournalEntry(4, JournalEntry.Kind.REVERSAL, 1, MUENCHEN,
            "Reversal of run RUN-0 entry 1: Allocation of " + MUENCHEN, "RUN-0", 1, List.of(
                    new JournalLine(1, MUENCHEN, "ALLOCATION", 100_000, 0, null),
                    new JournalLine(2, "SALES", "ALLOCATION", 0, 100_000, 1)));
    private static final String GOLDEN_REVERSAL_TEXT = "64:" + GOLDEN_ALLOCATION + "5:RUN-1" + "1:4" + "7:2025-01"
            + "3:EUR" + "8:REVERSAL" + "1:1" + "7:" + MUENCHEN + "52:Reversal of run RUN-0 entry 1: Allocation of "
            + MUENCHEN + "5:RUN-0" + "1:1" + "13:1767225601000" + "1:2"
            + "1:1" + "7:" + MUENCHEN + "10:ALLOCATION" + "6:100000" + "1:0" + "4:null"
            + "1:2" + "5:SALES" + "10:ALLOCATION" + "1:0" + "6:100000" + "1:1";
    private static final String GOLDEN_REVERSAL =
            "593c7e8aa21769a9ab7e9f3a618c5d31fec1293ee636bd5b08e2aba2d2e1a6e8";

    @Test
    void allocationEntryHashIsPinnedToTheDocumentedCanonicalForm() {
        assertThat(jdkSha256(GOLDEN_ALLOCATION_TEXT)).as("SHA-256 of the hand-written canonical text")
                .isEqualTo(GOLDEN_ALLOCATION);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, "RUN-1", "2025-01", "EUR", POSTED_AT, ENTRY))
                .as("canonical form changed: existing ledgers would fail verify; migrate them on purpose")
                .isEqualTo(GOLDEN_ALLOCATION);
    }

    @Test
    void reversalEntryHashIsPinnedToTheDocumentedCanonicalForm() {
        assertThat(jdkSha256(GOLDEN_REVERSAL_TEXT)).as("SHA-256 of the hand-written canonical text")
                .isEqualTo(GOLDEN_REVERSAL);
        assertThat(LedgerHash.of(GOLDEN_ALLOCATION, "RUN-1", "2025-01", "EUR", POSTED_AT + 1_000, REVERSAL))
                .as("canonical form changed: existing ledgers would fail verify; migrate them on purpose")
                .isEqualTo(GOLDEN_REVERSAL);
    }

    /** The JDK's digest of the text's UTF-8 bytes, independent of the engine's helpers. */
    private static String jdkSha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
