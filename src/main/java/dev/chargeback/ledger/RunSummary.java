package dev.chargeback.ledger;

/** A posted run as listed by `status`. */
public record RunSummary(RunId runId, java.time.YearMonth period, String method, String actor, String postedAt,
                         RunId supersedes, boolean inForce) {
}
