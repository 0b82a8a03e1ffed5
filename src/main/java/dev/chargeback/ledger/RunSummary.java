package dev.chargeback.ledger;

/** A posted run as listed by `status`. */
public record RunSummary(String runId, String period, String method, String actor, String postedAt,
                         String supersedes, boolean inForce) {
}
