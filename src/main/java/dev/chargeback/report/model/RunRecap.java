package dev.chargeback.report.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What `run` says when it ends: the run shown, how many pools it allocated, cost in = allocated + remainder, the
 * remainder by kind (UNUSED_CAPACITY, UNDER_RECOVERY ...; kinds with no amount left out), the input rows rejected
 * (and whether the run accepted leaving them out), the rows of other periods the data directory held (counted,
 * not used), the number of warnings, the run it superseded (null when none)
 * and the ledger chain head it left (or, in a dry run, would leave).
 */
public record RunRecap(RunShown run, int pools, BigDecimal costIn, BigDecimal allocated, BigDecimal remainder,
                       Map<String, BigDecimal> remainderByKind, long rowsRejected, boolean acceptedRejects,
                       long otherPeriodRows, int warnings, String supersedes, String ledgerHash) {
}
