package dev.chargeback.sample;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected numbers were printed by CPython 3.11: {@code random.Random(seed).random()}. */
class PythonRandomTest {
    @Test
    void aStringSeedGivesCPythonsSequenceAcrossTheFirstTwist() {
        PythonRandom random = new PythonRandom("20260801/costs");
        assertEquals(0.5891075057869452, random.random());
        assertEquals(0.5943616617192101, random.random());
        for (int i = 2; i < 999; i++) {
            random.random();
        }
        assertEquals(0.7267649215061046, random.random(), "the 1000th draw, after the state was regenerated");
    }

    @Test
    void anEmptySeedAndANonAsciiSeedGiveCPythonsFirstDraw() {
        assertEquals(0.9602256525641875, new PythonRandom("").random());
        assertEquals(0.40698437401284904, new PythonRandom("Stra\u00dfe \u2013 x").random());
    }
}
