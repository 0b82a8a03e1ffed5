package dev.chargeback.sample;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * CPython 3's {@code random.Random(str)} and its {@code random()}, reproduced exactly, so that the sample data the
 * Python generator once wrote is still what this generator writes. A str seed (version 2) becomes the integer
 * {@code int.from_bytes(s.encode() + sha512(s.encode()).digest())}, whose 32-bit words, least significant first,
 * seed MT19937 through {@code init_by_array}; {@code random()} joins 27 and 26 bits of two outputs into a double.
 */
final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index = N;

    PythonRandom(String seed) {
        initByArray(keyOf(seed));
    }

    /** The next double in [0, 1), as {@code random.Random.random()}. */
    double random() {
        long a = Integer.toUnsignedLong(next()) >>> 5;
        long b = Integer.toUnsignedLong(next()) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private static int[] keyOf(String seed) {
        byte[] text = seed.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-512", e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        BigInteger value = new BigInteger(1, all);
        int words = value.signum() == 0 ? 1 : (value.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = value.shiftRight(32 * w).intValue();
        }
        return key;
    }

    private void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
        }
        index = 0;
    }
}
