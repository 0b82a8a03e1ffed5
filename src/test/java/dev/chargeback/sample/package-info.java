/**
 * The sample data set's generator (sample-data/, Northwind Components, 2026-08..2026-10) and the tests that keep
 * it honest. Test code on purpose: the product ships no generator. {@link dev.chargeback.sample.SampleDataGenerator}
 * writes every file; it validates nothing, because the engine is the one validator:
 * {@link dev.chargeback.sample.SampleDataTest} proves that regenerating gives the committed files byte for byte and
 * that the engine's import accepts every month under each rules file with no rejects.
 *
 * <p>The data was first written by a Python script; {@link dev.chargeback.sample.PythonRandom} reproduces CPython's
 * {@code random.Random(str)} so that this port writes the very same numbers, and every formatting step (half-even
 * rounding of doubles, decimal sums for the README) follows what the script did.
 */
package dev.chargeback.sample;
