package dev.chargeback.allocation;

import java.util.Locale;

/** How service-to-service consumption is treated in a run. */
public enum Method {
    DIRECT("direct"), STEP_DOWN("step-down"), RECIPROCAL("reciprocal");

    private final String word;

    Method(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Method of(String word) {
        for (Method m : values()) {
            if (m.word.equals(word.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + word + "' (expected direct, step-down or reciprocal)");
    }
}
