package dev.chargeback.allocation;

import java.util.Locale;

/** How one pool is spread over its receivers. */
public enum Basis {
    PROPORTIONAL, FIXED, EVEN, RATE, TDABC;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean needsDriver() {
        return this == PROPORTIONAL || this == RATE || this == TDABC;
    }
}
