package dev.chargeback.fingerprint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Digests from FIPS 180-2's examples and coreutils' sha256sum, not from the code under test. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void textIsDigestedAsUtf8InLowerCaseHex() {
        assertThat(Sha256.of("abc")).isEqualTo(ABC);
        // printf 'caf\xc3\xa9' | sha256sum
        assertThat(Sha256.of("café")).isEqualTo("850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e");
    }

    @Test
    void aFileHasTheDigestOfItsBytes(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("abc.txt");
        Files.writeString(file, "abc");

        assertThat(Sha256.ofFile(file)).isEqualTo(ABC);
        assertThat(Sha256.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
