/**
 * End-to-end benchmarks through the real engine: generated data directories (a large usage file; a reciprocal
 * network of service cost centers) run through import, allocation and posting, and export, measuring rows per
 * second and peak heap per phase.
 */
package dev.chargeback.bench;
