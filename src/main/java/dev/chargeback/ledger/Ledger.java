package dev.chargeback.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The append-only ledger as other features use it: post a run, find the run in force, read a run's entries, list
 * runs and verify the hash chain. Stored in {@code internal}; posted runs are read through
 * {@link dev.chargeback.ledger.archive.RunArchive}.
 */
public interface Ledger {

    /** The run of a period that is in force: the newest one that no later run supersedes. */
    Optional<RunId> runInForce(YearMonth period);

    /** Every posted run, oldest first, marking the one in force for its period. */
    List<RunSummary> runs();

    Optional<YearMonth> periodOf(RunId runId);

    int runCount();

    /** The allocation entries a run posted (not its reversals), with their lines, in entry order. */
    List<JournalEntry> allocationEntries(RunId runId);

    /** The entries that reversed the run this one superseded, in entry order. */
    List<JournalEntry> reversalEntries(RunId runId);

    /**
     * Starts checking import batches against their seals, on a thread and a connection of its own (the batches were
     * committed by their import), for {@link #post(PostedRun, InputsCheck)} to wait for.
     */
    InputsCheck checkInputs(List<Long> batchIds);

    /**
     * Posts a run once {@code inputs} (the check of its batches) has passed; the caller holds the transaction. Returns
     * the hash of the run's last entry (the chain head).
     */
    String post(PostedRun run, InputsCheck inputs);

    /** Posts a run, its batches checked first on the calling thread (in the caller's transaction). */
    String post(PostedRun run);

    /**
     * Walks both chains in order (the journal's entries; the records of runs, import batches and period events) and
     * names every problem, the first bad record first; {@code kept} are chain heads an auditor kept outside the
     * database (manifests), each of which must still be in its chain.
     */
    LedgerVerification verify(List<ChainAnchor> kept);

    default LedgerVerification verify() {
        return verify(List.of());
    }
}
