package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputKind;

import java.nio.file.Path;

/**
 * A file to import: its descriptor, its content hash, and the hash of the reference data its rows are checked
 * against. The same file with the same context is imported once.
 */
record PlannedFile(InputFile input, Path path, String sha256, long sizeBytes, String contextSha256) {

    InputKind kind() {
        return input.kind();
    }
}
