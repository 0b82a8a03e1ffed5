package dev.chargeback.ingest;

import java.util.List;

/**
 * What importing one file gave: where it came from (path, SHA-256, size), its batch in the database, and how its
 * rows were counted. {@code reused} is true when the same content had been imported before and was not read again.
 */
public record FileImport(InputKind kind, String fileName, String path, String sha256, long sizeBytes, long batchId,
                         long rowsRead, long accepted, long rejected, long otherPeriods, List<String> unknownColumns,
                         boolean reused) {
}
