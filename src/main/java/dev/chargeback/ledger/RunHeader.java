package dev.chargeback.ledger;

import java.time.YearMonth;
import dev.chargeback.allocation.Amount;

import java.time.Instant;

/**
 * The header of a posted run as the archive holds it: identity, method, rules and inputs hashes, what it
 * supersedes, who posted it with which code and when, its totals (in minor units of its currency), and the ledger hash it left.
 * {@code supersededBy} names the later run that reversed it (null while it is the run in force).
 */
public record RunHeader(RunId runId, YearMonth period, String method, String currency, String rulesFile,
                        String rulesSha256, String inputsSha256, RunId supersedesRunId, RunId supersededBy,
                        String actor, String codeVersion, Instant startedAt, Instant postedAt, Amount costIn,
                        Amount allocated, Amount remainder, boolean acceptedRejects, long rowsRejected,
                        String ledgerHash) {

    public boolean inForce() {
        return supersededBy == null;
    }
}
