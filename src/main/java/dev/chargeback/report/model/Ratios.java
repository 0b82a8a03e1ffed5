package dev.chargeback.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place the reports divide: cost per head, per hour and per unit. Per head and per hour are money, so they
 * keep the cent ({@link #PER_SCALE} = 2 places); per unit keeps {@link #PER_UNIT_SCALE} = 4 places, since a unit
 * (a vCPU-hour, a GB-month) may cost less than a cent. Both round HALF_EVEN (banker's rounding, no bias over many
 * rows). The quotient is taken from the exact amount, never from a rounded figure.
 */
public final class Ratios {
    public static final int PER_SCALE = 2;
    public static final int PER_UNIT_SCALE = 4;

    private Ratios() {
    }

    /** amount / quantity at {@code scale}, HALF_EVEN; null when the quantity is missing or zero. */
    public static BigDecimal per(BigDecimal amount, BigDecimal quantity, int scale) {
        if (amount == null || quantity == null || quantity.signum() == 0) {
            return null;
        }
        return amount.divide(quantity, scale, RoundingMode.HALF_EVEN);
    }
}
