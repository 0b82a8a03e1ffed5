package dev.chargeback.ingest;

/** An input row that was not accepted: where it is, which cell, what it held and what was expected. */
public record Reject(String file, long line, String column, String value, String reason) {
}
