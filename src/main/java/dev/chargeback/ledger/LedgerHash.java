package dev.chargeback.ledger;

import dev.chargeback.fingerprint.Sha256;

/**
 * The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical text (ids,
 * period, kind, pool, memo, posting time in epoch milliseconds and every line, each value length-prefixed). Changing, removing or reordering
 * any posted entry breaks every hash after it.
 */
public final class LedgerHash {
    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {
    }

    public static String of(String previousHash, String runId, String period, String currency, long postedAtMillis,
                            JournalEntry e) {
        StringBuilder text = new StringBuilder(256);
        field(text, previousHash, runId, e.entryNo(), period, currency, e.kind(), e.ruleNo(), e.pool(), e.memo(),
                e.reversesRunId(), e.reversesEntryNo(), postedAtMillis, e.lines().size());
        for (JournalLine l : e.lines()) {
            field(text, l.lineNo(), l.costCenter(), l.account(), l.debit(), l.credit(), l.flowNo());
        }
        return Sha256.of(text.toString());
    }

    /** Each value as length:value, so that no text can move across a field boundary unnoticed. */
    private static void field(StringBuilder text, Object... values) {
        for (Object v : values) {
            String s = String.valueOf(v);
            text.append(s.length()).append(':').append(s);
        }
    }
}
