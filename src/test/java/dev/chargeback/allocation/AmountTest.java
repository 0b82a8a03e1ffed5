package dev.chargeback.allocation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountTest {
    @Test
    void anAmountFormatsAtItsCurrencysScale() {
        assertEquals("1234.50", new Amount(123_450, "EUR").format());
        assertEquals("-0.07", new Amount(-7, "EUR").format());
        assertEquals("123450", new Amount(123_450, "JPY").format());
        assertEquals("1.234", new Amount(1_234, "KWD").format());
        assertEquals("1234.50 EUR", new Amount(123_450, "EUR").toString());
    }

    @Test
    void sumsAndDifferencesAreExactAndKeepTheCurrency() {
        Amount a = new Amount(1_000_01, "EUR");
        Amount b = new Amount(99, "EUR");

        assertEquals(new Amount(1_001_00, "EUR"), a.plus(b));
        assertEquals(new Amount(999_02, "EUR"), a.minus(b));
        assertThrows(ArithmeticException.class, () -> new Amount(Long.MAX_VALUE, "EUR").plus(new Amount(1, "EUR")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(new Amount(1, "USD")));
        assertEquals("cannot add or subtract USD and EUR", e.getMessage());
    }
}
