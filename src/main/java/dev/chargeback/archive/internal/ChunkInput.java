package dev.chargeback.archive.internal;

import dev.chargeback.archive.ArchiveException;
import org.jooq.DSLContext;

import java.io.InputStream;

import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;

/** The compressed bytes of one archived file, fetched one chunk at a time (one chunk in memory). */
final class ChunkInput extends InputStream {
    private final DSLContext db;
    private final String sha256;
    private final long first;
    private final int chunks;
    private int next;
    private byte[] chunk = new byte[0];
    private int position;

    ChunkInput(DSLContext db, String sha256, long first, int chunks) {
        this.db = db;
        this.sha256 = sha256;
        this.first = first;
        this.chunks = chunks;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
        while (position == chunk.length) {
            if (next == chunks) {
                return -1;
            }
            chunk = fetch(next++);
            position = 0;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, bytes, offset, n);
        position += n;
        return n;
    }

    private byte[] fetch(int index) {
        byte[] data = db.select(INPUT_ARCHIVE_CHUNK.DATA).from(INPUT_ARCHIVE_CHUNK)
                .where(INPUT_ARCHIVE_CHUNK.FILE_SHA256.eq(sha256), INPUT_ARCHIVE_CHUNK.CHUNK_NO.eq(first + index))
                .fetchOne(INPUT_ARCHIVE_CHUNK.DATA);
        if (data == null) {
            throw new ArchiveException("chunk " + (index + 1) + " of " + chunks + " (chunk_no " + (first + index)
                    + ") is missing");
        }
        return data;
    }
}
