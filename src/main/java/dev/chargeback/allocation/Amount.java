package dev.chargeback.allocation;

import java.util.Objects;

/**
 * An amount of money as it crosses feature boundaries: whole minor units ({@code long} cents for EUR) and the
 * currency they are in, so that a total cannot be read in the wrong currency or at the wrong scale. The allocation
 * arithmetic inside the core keeps plain {@code long}s of one run's currency; {@link Money} is the one place that
 * rounds to minor units.
 */
public record Amount(long minor, String currency) {

    public Amount {
        Objects.requireNonNull(currency, "currency");
    }

    public static Amount zero(String currency) {
        return new Amount(0, currency);
    }

    /** The exact sum; an overflow of the ledger's range is an error, never a wrapped value. */
    public Amount plus(Amount other) {
        return new Amount(Math.addExact(minor, same(other).minor), currency);
    }

    /** The exact difference; an overflow of the ledger's range is an error, never a wrapped value. */
    public Amount minus(Amount other) {
        return new Amount(Math.subtractExact(minor, same(other).minor), currency);
    }

    /** "1234.50": exactly the currency's scale, as every output writes an amount. */
    public String format() {
        return Money.of(currency).format(minor);
    }

    private Amount same(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add or subtract " + other.currency + " and " + currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return format() + " " + currency;
    }
}
