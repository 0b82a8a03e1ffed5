package dev.chargeback.allocation;

/**
 * Which driver quantities a rule uses: {@code hours} (timesheets), {@code usage:<service>} (usage.csv) or
 * {@code stat:<DRIVER>} (drivers.csv).
 */
public record DriverRef(Kind kind, String name) {
    public enum Kind { HOURS, USAGE, STAT }

    public static DriverRef parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("hours")) {
            return new DriverRef(Kind.HOURS, "");
        }
        int colon = t.indexOf(':');
        if (colon > 0 && colon < t.length() - 1) {
            String prefix = t.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            String name = t.substring(colon + 1).trim();
            if (prefix.equals("usage")) {
                return new DriverRef(Kind.USAGE, name);
            }
            if (prefix.equals("stat")) {
                return new DriverRef(Kind.STAT, name);
            }
        }
        throw new IllegalArgumentException(
                "unknown driver '" + text + "' (expected hours, usage:<service id> or stat:<DRIVER>)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HOURS -> "hours";
            case USAGE -> "usage:" + name;
            case STAT -> "stat:" + name;
        };
    }
}
