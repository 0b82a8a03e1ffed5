package dev.chargeback.ledger.internal;

import java.math.BigDecimal;

/** Exact decimals as they were computed: the ledger stores the scale beside a DECIMAL column's value. */
final class ExactDecimals {
    private ExactDecimals() {
    }

    /** The scale an exact decimal was computed with, stored beside it (a DECIMAL column pads to its own scale). */
    static Integer scaleOf(BigDecimal value) {
        return value == null ? null : value.scale();
    }

    /** An exact decimal as it was computed: the stored value at the scale it had. */
    static BigDecimal exact(BigDecimal stored, Integer scale) {
        return stored == null ? null : stored.setScale(scale, java.math.RoundingMode.HALF_EVEN);
    }
}
