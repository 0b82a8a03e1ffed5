package dev.chargeback.report;

/**
 * What a run's manifest says happened: POSTED to the ledger (and still in force), SUPERSEDED (posted, then reversed
 * by the run the manifest names in superseded_by_run_id: what `export --run` writes for an older run), a DRY_RUN that
 * posted nothing (its files show what would have been posted), or REJECTED because rows were rejected and
 * {@code --accept-rejects} was not given. Not stored in the ledger (only posted runs are); written as its name in
 * manifest.json.
 */
public enum RunStatus {
    POSTED,
    SUPERSEDED,
    DRY_RUN,
    REJECTED
}
