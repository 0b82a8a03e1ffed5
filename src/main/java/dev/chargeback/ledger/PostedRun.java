package dev.chargeback.ledger;

import dev.chargeback.allocation.Flow;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;

import java.time.YearMonth;
import java.time.Instant;
import java.util.List;

/**
 * Everything a run posts in one transaction: its header (with the rules text it allocated with), flows, pools, the batches it read, its warnings and the
 * working of its method (stored as typed rows), its journal entries and the reversals of the run it supersedes.
 */
public record PostedRun(RunId runId, YearMonth period, String method, String currency, String rulesSha256,
                        String rulesFile, String rulesText, String inputsSha256, RunId supersedesRunId, String actor, String codeVersion,
                        Instant startedAt, Instant postedAt, long costIn, long allocated, long remainder,
                        boolean acceptedRejects, long rowsRejected, MethodDetail methodDetail, List<String> warnings,
                        List<Long> batchIds, List<Flow> flows, List<PoolResult> pools, List<JournalEntry> reversals,
                        List<JournalEntry> entries) {

    public PostedRun {
        warnings = List.copyOf(warnings);
    }
}
