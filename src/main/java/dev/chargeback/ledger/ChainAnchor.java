package dev.chargeback.ledger;

/**
 * A chain head kept outside the database: what a run's manifest.json recorded when the run posted (its journal head,
 * {@code ledger_hash}, and its records head, {@code records_hash}; either may be null for an older manifest).
 * {@code verify --against} checks that each is still in the ledger's chains. {@code source} names the manifest for
 * messages (a file, or {@code pack.zip!path/manifest.json}).
 */
public record ChainAnchor(String source, String runId, String ledgerHash, String recordsHash) {
}
