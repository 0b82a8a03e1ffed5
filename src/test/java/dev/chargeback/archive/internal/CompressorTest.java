package dev.chargeback.archive.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive's compressor thread hands over the file's compressed bytes in chunks of 256 KiB, in order:
 * decompressed together (by the JDK's Inflater and by the Zstandard library's own stream, not by the archive's code)
 * they are the file, and its SHA-256 and size are the file's (computed here with the JDK, independently). A missing
 * file ends the reader with the file's own error, never a wait.
 */
class CompressorTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Compression.class)
    void chunksDecompressToTheFileAndTheReadHasItsHashAndSize(Compression compression) throws Exception {
        byte[] bytes = new byte[3 * ChunkOutput.CHUNK + 12_345];
        new Random(7).nextBytes(bytes); // incompressible: more than three chunks of compressed bytes
        Path file = Files.write(temp.resolve("usage.csv"), bytes);

        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        int chunks = 0;
        Compressor.Read read;
        try (Compressor compressor = new Compressor(file, compression)) {
            for (byte[] chunk = compressor.next(); chunk != null; chunk = compressor.next()) {
                assertThat(chunk.length).isLessThanOrEqualTo(ChunkOutput.CHUNK);
                deflated.write(chunk);
                chunks++;
            }
            read = compressor.read();
        }
        byte[] inflated;
        var stored = new java.io.ByteArrayInputStream(deflated.toByteArray());
        try (InputStream in = compression == Compression.ZSTD ? new com.github.luben.zstd.ZstdInputStream(stored)
                : new InflaterInputStream(stored)) {
            inflated = in.readAllBytes();
        }
        assertThat(inflated).isEqualTo(bytes);
        assertThat(chunks).isEqualTo((deflated.size() + ChunkOutput.CHUNK - 1) / ChunkOutput.CHUNK);
        assertThat(read).isEqualTo(new Compressor.Read(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes)), bytes.length));
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void anEmptyFileIsOneEmptyChunk(Compression compression) throws Exception {
        Path file = Files.write(temp.resolve("empty.csv"), new byte[0]);
        try (Compressor compressor = new Compressor(file, compression)) {
            byte[] first = compressor.next();
            assertThat(first).isNotNull();
            assertThat(compressor.next()).isNull();
            assertThat(compressor.read().size()).isZero();
        }
    }

    @Test
    void newFilesAreWrittenWithZstandardHere() {
        assertThat(Compression.forWriting()).as("the Zstandard library loads on this machine")
                .isEqualTo(Compression.ZSTD);
    }

    @Test
    void anUnknownCompressionIsRefusedNamingTheOnesRead() {
        assertThatThrownBy(() -> Compression.named("lzma")).hasMessage("the archive's file is stored with compression"
                + " 'lzma', which this version does not read (it reads [zstd, deflate])");
    }

    @Test
    void aMissingFileEndsTheReaderWithItsError() {
        Path gone = temp.resolve("gone.csv");
        assertThatThrownBy(() -> {
            try (Compressor compressor = new Compressor(gone, Compression.forWriting())) {
                compressor.next();
            }
        }).isInstanceOf(NoSuchFileException.class).hasMessageContaining("gone.csv");
    }

    @Test
    void closingBeforeTheEndStopsTheCompressor() throws IOException {
        byte[] bytes = new byte[20 * ChunkOutput.CHUNK];
        new Random(3).nextBytes(bytes); // far more chunks than wait in the queue
        Path file = Files.write(temp.resolve("big.csv"), bytes);
        Compressor compressor = new Compressor(file, Compression.forWriting());
        assertThat(compressor.next()).isNotNull();
        compressor.close(); // as when inserting a chunk failed
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("archive-compress"))
                .anyMatch(Thread::isAlive)).as("the compressor thread has ended").isFalse();
    }
}
