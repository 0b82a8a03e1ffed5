package dev.chargeback.archive;

import dev.chargeback.ingest.ImportResult;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The archive of input files, content-addressed by SHA-256 (see the package documentation). Keeping is idempotent:
 * a file already archived under its hash is not stored again.
 */
public interface InputArchive {

    /**
     * What the archive holds for one hash: its bytes are the chunks numbered {@code firstChunk} to {@code firstChunk +
     * chunks - 1}; {@code compression} is the word of how they are stored.
     */
    record ArchivedFile(String sha256, long sizeBytes, long storedBytes, long firstChunk, int chunks,
                        String compression) {
    }

    /** What keeping a run's files did: files stored now, their size and stored (compressed) size, time taken. */
    record Kept(int files, long sizeBytes, long storedBytes, long nanos) {
        /** "archived 3 input files: 204.1 MB stored as 41.0 MB in 2.9 s", or null when nothing was new. */
        public String describe() {
            return files == 0 ? null : String.format(java.util.Locale.ROOT,
                    "archived %d input file%s: %.1f MB stored as %.1f MB in %.1f s", files, files == 1 ? "" : "s",
                    sizeBytes / 1e6, storedBytes / 1e6, nanos / 1e9);
        }
    }

    /**
     * Archives the files an import read and the rules file, each unless already held. The run calls this once, right
     * after its import. A file whose bytes no longer have the hash the import recorded is refused.
     */
    default Kept keep(ImportResult imported, Path rulesFile, String rulesSha256) {
        List<Input> files = new ArrayList<>();
        imported.files().forEach(f -> files.add(new Input(f.sha256(), Path.of(f.path()))));
        files.add(new Input(rulesSha256, rulesFile));
        return keep(files);
    }

    /** A file to keep: the SHA-256 it must have, and where it is. */
    record Input(String sha256, Path path) {
    }

    /** Archives each file unless already held; one whose bytes no longer have its hash is refused. */
    default Kept keep(List<Input> files) {
        long start = System.nanoTime();
        int stored = 0;
        long size = 0;
        long compressed = 0;
        for (Input f : files) {
            if (keep(f.sha256(), f.path())) {
                ArchivedFile kept = find(f.sha256()).orElseThrow();
                stored++;
                size += kept.sizeBytes();
                compressed += kept.storedBytes();
            }
        }
        return new Kept(stored, size, compressed, System.nanoTime() - start);
    }

    /**
     * Archives one file under its SHA-256, read and compressed in one pass; refused (nothing stored) when the bytes
     * read do not have that hash.
     *
     * @return true when stored now, false when the archive already held it
     */
    boolean keep(String sha256, Path file);

    Optional<ArchivedFile> find(String sha256);

    /**
     * Whether keeping files alongside another large writing transaction is faster than before it: true on
     * PostgreSQL; false on embedded H2, whose one file and heap the two transactions then contend for (measured:
     * a 204 MB archive took 9 s beside a posting, 3.3 s alone, when it deflated; with Zstandard 6.1 s beside, 1.9 s
     * alone; committed in pieces 3.9-5.1 s beside, and the posting 3 s slower, 1.3-1.8 s alone; beside only the
     * posting's reading and allocating, 4.3-6.3 s, and the posting 3.4-6.4 s slower).
     */
    default boolean writesAlongside() {
        return true;
    }

    /**
     * What the archive holds: its files with their size and stored size, and the chunks that belong to no file (those
     * of an attempt killed or refused half-way: never read, never deleted, like every archive row).
     */
    record Holdings(long files, long sizeBytes, long storedBytes, long strayChunks) {
        /**
         * "Input archive: 14 files, 1432.1 MB stored as 447.6 MB; 3 chunks of attempts killed or refused, never read".
         */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "Input archive: %,d file%s, %s stored as %s%s", files,
                    files == 1 ? "" : "s", size(sizeBytes), size(storedBytes), strayChunks == 0 ? ""
                            : String.format(java.util.Locale.ROOT, "; %,d chunk%s of attempts killed or refused,"
                            + " never read", strayChunks, strayChunks == 1 ? "" : "s"));
        }

        /** 1432.1 MB, or 31.4 kB for the small files of a sample month (not 0.0 MB). */
        private static String size(long bytes) {
            return bytes < 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3)
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
    }

    /** Counts what the archive holds (reads its index, not the chunks' bytes). */
    Holdings holdings();

    /**
     * The archived bytes, decompressed. The whole stored file is first checked against its hash; a file missing from
     * the archive or whose bytes do not match throws {@link ArchiveException}, and nothing is read.
     */
    InputStream open(String sha256);
}
