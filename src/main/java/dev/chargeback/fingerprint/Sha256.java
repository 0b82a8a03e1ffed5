package dev.chargeback.fingerprint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The engine's one SHA-256, as lower-case hex: input and output files, rules, the ledger's entry chain. */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of the text's UTF-8 bytes. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(REUSED.get().digest(bytes)); // digest(...) leaves it reset for the next
    }

    /**
     * One digest per thread for {@link #of}: the records chain hashes 100,000 short rows in a large run, and looking
     * up a new MessageDigest for each was an eighth of the time its seals took.
     */
    private static final ThreadLocal<MessageDigest> REUSED = ThreadLocal.withInitial(Sha256::digest);

    /** Streams a file of any size through the digest. */
    public static String ofFile(Path file) throws IOException {
        MessageDigest digest = digest();
        try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A digest of a long text given in pieces, the same as {@link #of(String)} of the pieces joined. */
    public static Text text() {
        return new Text(digest());
    }

    /**
     * Takes a text piece by piece (each piece whole: a piece never ends between the two halves of a surrogate pair),
     * so that a text of 100,000 records never has to be held at once: as one String it was three copies of 12 MB,
     * each too large for the young generation of a small heap.
     */
    public static final class Text {
        private final MessageDigest digest;

        private Text(MessageDigest digest) {
            this.digest = digest;
        }

        public Text add(CharSequence piece) {
            digest.update(piece.toString().getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** The digest of all the pieces, as lower-case hex. */
        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
