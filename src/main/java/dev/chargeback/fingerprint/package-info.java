/**
 * Content fingerprints: the SHA-256 (lower-case hex) of text, bytes and files, used by {@code ingest} (input files,
 * their reference context), {@code rules} (the rules file), {@code report} (the manifest's output hashes) and the
 * ledger's entry chain. Public API: {@link dev.chargeback.fingerprint.Sha256}. Pure Java, depends on no feature.
 */
package dev.chargeback.fingerprint;
