package dev.chargeback.ledger.archive;

import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored rows of posted runs, as {@link RunArchive} reads them; implemented in {@code ledger.internal} so that
 * the store stays package-private. Other features read runs through {@link RunArchive}, not through this.
 */
public interface RunRecords {

    Optional<RunHeader> header(RunId runId);

    /** The run's pools in the order they were allocated (stage, then rule). */
    List<PoolResult> pools(RunId runId);

    /** Streams the run's flows in posting order. */
    void flows(RunId runId, Consumer<PostedFlow> each);

    /** The import batches the run read, in batch order. */
    List<Long> inputBatches(RunId runId);

    List<String> warnings(RunId runId);

    MethodDetail methodDetail(RunHeader run);

    /** The rules text the run allocated with (empty for a run posted before the ledger kept it). */
    Optional<String> rulesText(RunId runId);

    /** The hash of the run's link in the records chain: the chain's head when it posted. */
    Optional<String> recordsHash(RunId runId);
}
