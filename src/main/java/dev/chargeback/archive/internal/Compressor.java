package dev.chargeback.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Reads, hashes and compresses a file on a thread of its own and hands its compressed chunks, in order, to the thread
 * that writes them into the database ({@link #next}): reading and compressing then overlap the writing instead of
 * adding to it. At most {@link #AHEAD} chunks wait (8 MiB), so memory stays flat.
 * A failure on either side ends both: the compressor's is thrown by {@link #next}, and {@link #close} interrupts a
 * compressor still running, so neither thread is ever left waiting for the other.
 */
final class Compressor implements AutoCloseable {
    /**
     * Chunks compressed ahead of the writer: enough for the compressor to go on while the writer commits (with 4, 1
     * MiB, it stopped at every commit: archiving a 3M-row file, the writer waited 230 ms for chunks, now 76-98 ms,
     * and the archive took 906-911 ms, now 811-823 ms, in two interleaved rounds).
     */
    private static final int AHEAD = 32;
    private static final byte[] END = new byte[0];

    /** What the whole file read: its SHA-256 and its size. */
    record Read(String sha256, long size) {
    }

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(AHEAD);
    private final CompletableFuture<Read> done = new CompletableFuture<>();
    private final Thread thread;

    Compressor(Path file, Compression compression) {
        thread = Thread.ofPlatform().name("archive-compress").daemon(true).start(() -> {
            try {
                done.complete(compress(file, compression));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
    }

    private Read compress(Path file, Compression compression) throws IOException {
        var digest = Sha256Digest.create();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
             OutputStream out = compression.compressing(new ChunkOutput(this::put))) {
            size = in.transferTo(out);
        }
        put(END);
        return new Read(HexFormat.of().formatHex(digest.digest()), size);
    }

    private void put(byte[] chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("the archive's writer stopped"));
        }
    }

    /** The next compressed chunk, or null after the last one; the compressor's failure is thrown here. */
    byte[] next() throws IOException {
        while (true) {
            byte[] chunk;
            try {
                chunk = chunks.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while archiving");
            }
            if (chunk == END) {
                return null;
            }
            if (chunk != null) {
                return chunk;
            }
            if (done.isCompletedExceptionally()) {
                read(); // throws its failure
            }
        }
    }

    /** The file's SHA-256 and size, once {@link #next} has returned null. */
    Read read() throws IOException {
        try {
            return done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
            chunks.clear(); // a compressor blocked on a full queue can then end
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
