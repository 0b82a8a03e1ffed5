package dev.chargeback.archive.internal;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/** Compressed bytes of one file, cut into chunks of {@link #CHUNK} bytes, each handed on as it fills. */
final class ChunkOutput extends OutputStream {
    /** 256 KiB: small enough for any database row, large enough that a 200 MB file is a few hundred rows. */
    static final int CHUNK = 1 << 18;

    private final Consumer<byte[]> chunks;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private int count;

    ChunkOutput(Consumer<byte[]> chunks) {
        this.chunks = chunks;
    }

    @Override
    public void write(int b) {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, CHUNK - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == CHUNK) {
                flushChunk();
            }
        }
    }

    /** The last, partial chunk (an empty file is one empty chunk). */
    @Override
    public void close() {
        if (filled > 0 || count == 0) {
            flushChunk();
        }
    }

    private void flushChunk() {
        chunks.accept(Arrays.copyOf(buffer, filled));
        count++;
        filled = 0;
    }
}
