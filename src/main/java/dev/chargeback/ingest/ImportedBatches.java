package dev.chargeback.ingest;

import java.util.List;

/** The saved import batches, read back: each file's import, its rejected rows, and the data as the core takes it. */
public interface ImportedBatches {

    /** The import of one file; {@code reused} says whether this run found it already imported. */
    FileImport summary(long batchId, boolean reused);

    /** The batch's rejected rows, in file order. */
    List<Reject> rejects(long batchId);

    /** The imported data of a period as the allocation core takes it: each file adds its part. */
    ImportedData load(ImportResult result);
}
