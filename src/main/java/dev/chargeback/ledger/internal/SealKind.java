package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.RunId;

import java.util.function.Function;

/**
 * What one link of the records chain seals: the rows written together under one key. The order here is the order in
 * which a ledger from before the chain has its existing groups sealed (see {@link RecordChain}).
 */
enum SealKind {
    /** a close or reopen: period_event, keyed by event_id */
    PERIOD_EVENT(Long::valueOf),
    /** one imported file: import_batch and its rejects, reference rows and totals, keyed by batch_id */
    IMPORT_BATCH(Long::valueOf),
    /** one posted run: allocation_run and its inputs, pools, flows, warnings and method detail, keyed by run_id */
    RUN(RunId::new);

    private final Function<String, Object> parse;

    SealKind(Function<String, Object> parse) {
        this.parse = parse;
    }

    /** The group's key as its column holds it (a batch id, a run id ...), from the text chain_link stores. */
    Object key(String text) {
        return parse.apply(text);
    }
}
