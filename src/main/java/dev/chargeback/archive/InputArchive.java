package dev.chargeback.archive;

import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The archive of input files, content-addressed by SHA-256 (see the package documentation). Keeping is idempotent:
 * a file already archived under its hash is not stored again.
 */
public interface InputArchive {

    /** What the archive holds for one hash. */
    record ArchivedFile(String sha256, long sizeBytes, long storedBytes, int chunks) {
    }

    /**
     * Archives the files an import read and the rules file, each unless already held. The run calls this once, right
     * after its import. A file whose bytes no longer have the hash the import recorded is refused.
     *
     * @return how many files were stored now (0 when all were already archived)
     */
    default int keep(ImportResult imported, Path rulesFile, String rulesSha256) {
        int stored = 0;
        for (FileImport f : imported.files()) {
            stored += keep(f.sha256(), Path.of(f.path())) ? 1 : 0;
        }
        return stored + (keep(rulesSha256, rulesFile) ? 1 : 0);
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
     * The archived bytes, decompressed. The whole stored file is first checked against its hash; a file missing from
     * the archive or whose bytes do not match throws {@link ArchiveException}, and nothing is read.
     */
    InputStream open(String sha256);
}
