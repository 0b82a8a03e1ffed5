package dev.chargeback.ingest;

import java.time.YearMonth;
import java.util.List;

/** The import of a data directory for one period: one entry per file (in import order) and every rejected row. */
public record ImportResult(YearMonth period, List<FileImport> files, List<Reject> rejects, String inputsSha256) {

    public long rejected() {
        return files.stream().mapToLong(FileImport::rejected).sum();
    }

    public List<Long> batchIds() {
        return files.stream().map(FileImport::batchId).toList();
    }
}
