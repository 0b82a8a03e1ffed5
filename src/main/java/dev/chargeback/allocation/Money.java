package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money in a currency's minor unit ({@code long} cents for EUR). The one place where an exact amount is rounded to
 * the minor unit: half-up, once, when a pool's cost or a rate charge becomes a ledger amount.
 */
public record Money(String currency, int scale) {

    public static Money of(String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return new Money(currencyCode, Math.max(digits, 0));
    }

    /** Rounds an exact amount half-up to minor units. */
    public long toMinor(BigDecimal amount) {
        return amount.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** Whether an exact amount, rounded to minor units, fits the ledger (a {@code long} of minor units). */
    public boolean fits(BigDecimal amount) {
        BigInteger minor = amount.setScale(scale, RoundingMode.HALF_UP).unscaledValue();
        return minor.bitLength() < Long.SIZE;
    }

    /** "at most 92233720368547758.07 EUR either way": the ledger's range, for messages. */
    public String limit() {
        return "at most " + format(Long.MAX_VALUE) + " " + currency + " either way";
    }

    public BigDecimal toDecimal(long minor) {
        return BigDecimal.valueOf(minor, scale);
    }

    /** "1234.50": exactly the currency's scale, never a float. */
    public String format(long minor) {
        return toDecimal(minor).toPlainString();
    }

    /**
     * Rounds a computed share (not an input amount) half-even to minor units: used for reciprocal flows between
     * service pools, so that rounding carries no bias across many flows.
     */
    public long roundShare(BigDecimal share) {
        return share.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
