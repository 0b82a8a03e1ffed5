/**
 * End-to-end benchmarks through the real engine: generated data directories (a large usage file; a reciprocal
 * network of service cost centers) run through import, allocation and posting, and export, measuring rows per
 * second and peak heap per phase.
 *
 * <p>Public API (used by cli's {@code bench}): {@link dev.chargeback.bench.BenchData} and
 * {@link dev.chargeback.bench.HeapWatch}.
 */
package dev.chargeback.bench;
