package dev.chargeback.archive.internal;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import dev.chargeback.archive.ArchiveException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * How an archived file's bytes are compressed; the word is stored with the file ({@code input_archive.compression}),
 * so a file is always read back the way it was written. New files are written {@link #forWriting() Zstandard}
 * (level 1: a 204 MB usage file in 0.7 s of one core, stored as 64 MB; the JDK's Deflate at its fastest level takes
 * 1.8 s and stores 77 MB), or Deflate on a machine where the Zstandard library cannot load. Files archived before
 * the archive wrote Zstandard are Deflate. A new compression is one constant here.
 */
enum Compression {
    ZSTD("zstd") {
        @Override
        OutputStream compressing(OutputStream out) throws IOException {
            var zstd = new ZstdOutputStreamNoFinalizer(out, 1);
            try {
                zstd.setWorkers(WORKERS);
            } catch (IOException e) {
                // a Zstandard library built without threads: one thread compresses, the same bytes stored
            }
            return zstd;
        }

        @Override
        InputStream decompressing(InputStream in) throws IOException {
            return new BufferedInputStream(new ZstdInputStreamNoFinalizer(in), BUFFER);
        }

        @Override
        Compression readable() {
            if (ZstdLibrary.PROBLEM != null) {
                throw new ArchiveException("the archive's file is Zstandard-compressed and this machine cannot load"
                        + " the Zstandard library (" + ZstdLibrary.PROBLEM + ")");
            }
            return this;
        }
    },
    DEFLATE("deflate") {
        @Override
        OutputStream compressing(OutputStream out) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            return new DeflaterOutputStream(out, deflater, BUFFER) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        deflater.end();
                    }
                }
            };
        }

        @Override
        InputStream decompressing(InputStream in) {
            Inflater inflater = new Inflater();
            return new InflaterInputStream(in, inflater, BUFFER) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        inflater.end();
                    }
                }
            };
        }
    };

    private static final int BUFFER = 1 << 16;
    /** Zstandard's own compressing threads, one per core: on two cores a 204 MB file in 0.42 s instead of 0.84 s. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();

    private final String word;

    Compression(String word) {
        this.word = word;
    }

    /** The word stored with the file. */
    String word() {
        return word;
    }

    /** A stream that compresses what is written into {@code out}; closing it ends the compressed data. */
    abstract OutputStream compressing(OutputStream out) throws IOException;

    /** The decompressed bytes of {@code in}. */
    abstract InputStream decompressing(InputStream in) throws IOException;

    /** This compression, when this machine can read it; else refused, saying why. */
    Compression readable() {
        return this;
    }

    /** Zstandard where its library loads, else Deflate. */
    static Compression forWriting() {
        return ZstdLibrary.PROBLEM == null ? ZSTD : DEFLATE;
    }

    /** The compression a stored word names; an unknown one is refused, naming the words this version reads. */
    static Compression named(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst().orElseThrow(() ->
                new ArchiveException("the archive's file is stored with compression '" + word + "', which this"
                        + " version does not read (it reads " + Arrays.stream(values()).map(Compression::word)
                        .toList() + ")"));
    }

    /** Loads the native Zstandard library once; {@code PROBLEM} says why it could not, or is null. */
    private static final class ZstdLibrary {
        static final String PROBLEM = load();

        private static String load() {
            try {
                com.github.luben.zstd.util.Native.load();
                return null;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return e.getMessage();
            }
        }
    }
}
