package dev.chargeback.archive.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A fresh SHA-256 digest for hashing a stream as it passes (every JDK has SHA-256). */
final class Sha256Digest {
    private Sha256Digest() {
    }

    static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
