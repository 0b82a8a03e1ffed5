package dev.chargeback.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The one place that rounds an exact amount to the currency's minor unit. */
class MoneyTest {

    @Test
    void inputAmountsRoundHalfUpOnceToTheMinorUnit() {
        Money eur = Money.of("EUR");

        assertThat(eur.toMinor(new BigDecimal("10.005"))).isEqualTo(1_001);
        assertThat(eur.toMinor(new BigDecimal("10.0049"))).isEqualTo(1_000);
        assertThat(eur.toMinor(new BigDecimal("-10.005"))).isEqualTo(-1_001);
    }

    @Test
    void computedSharesRoundHalfEven() {
        Money eur = Money.of("EUR");

        assertThat(eur.roundShare(new BigDecimal("10.005"))).isEqualTo(1_000);
        assertThat(eur.roundShare(new BigDecimal("10.015"))).isEqualTo(1_002);
    }

    @Test
    void minorUnitFollowsTheCurrency() {
        assertThat(Money.of("JPY").scale()).isZero();
        assertThat(Money.of("JPY").toMinor(new BigDecimal("100.5"))).isEqualTo(101);
        assertThat(Money.of("BHD").format(1_234_500)).isEqualTo("1234.500");
    }

    @Test
    void formattedAmountsHaveExactlyTheCurrencyScale() {
        Money eur = Money.of("EUR");

        assertThat(eur.format(123_450)).isEqualTo("1234.50");
        assertThat(eur.format(-5)).isEqualTo("-0.05");
        assertThat(eur.format(0)).isEqualTo("0.00");
    }
}
