package dev.chargeback.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical text (ids,
 * period, kind, pool, memo, posting time in epoch milliseconds and every line). Changing, removing or reordering
 * any posted entry breaks every hash after it.
 */
public final class LedgerHash {
    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {
    }

    public static String of(String previousHash, String runId, String period, String currency, long postedAtMillis,
                            JournalEntry e) {
        StringBuilder text = new StringBuilder(256)
                .append(previousHash).append('|').append(runId).append('|').append(e.entryNo()).append('|')
                .append(period).append('|').append(currency).append('|').append(e.kind()).append('|')
                .append(e.ruleNo()).append('|').append(e.pool()).append('|').append(e.memo()).append('|')
                .append(e.reversesRunId()).append('|').append(e.reversesEntryNo()).append('|').append(postedAtMillis);
        for (JournalLine l : e.lines()) {
            text.append('\n').append(l.lineNo()).append('|').append(l.costCenter()).append('|').append(l.account())
                    .append('|').append(l.debit()).append('|').append(l.credit()).append('|').append(l.flowNo());
        }
        return sha256(text.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
