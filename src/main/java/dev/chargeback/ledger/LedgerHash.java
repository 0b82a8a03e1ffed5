package dev.chargeback.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        return sha256(text.toString());
    }

    /** Each value as length:value, so that no text can move across a field boundary unnoticed. */
    private static void field(StringBuilder text, Object... values) {
        for (Object v : values) {
            String s = String.valueOf(v);
            text.append(s.length()).append(':').append(s);
        }
    }

    /** The engine's one SHA-256, as lower-case hex: ledger entries, input and output files, rules. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Streams a file of any size through the digest. */
    public static String sha256(java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = digest();
        try (var in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
