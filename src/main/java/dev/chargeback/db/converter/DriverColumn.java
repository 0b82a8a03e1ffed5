package dev.chargeback.db.converter;

import dev.chargeback.allocation.DriverRef;
import org.jooq.impl.AbstractConverter;

/**
 * {@code driver_total.driver} as a {@link DriverRef.Kind}. The ledger stores the rules' own lower-case words
 * ({@code hours}, {@code usage}, {@code stat}); each is mapped by name here, never by case mapping, so a JVM running in
 * a Turkish locale reads {@code stat} as {@code STAT} too.
 */
public final class DriverColumn extends AbstractConverter<String, DriverRef.Kind> {
    public DriverColumn() {
        super(String.class, DriverRef.Kind.class);
    }

    @Override
    public DriverRef.Kind from(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case "hours" -> DriverRef.Kind.HOURS;
            case "usage" -> DriverRef.Kind.USAGE;
            case "stat" -> DriverRef.Kind.STAT;
            default -> throw new IllegalStateException("driver '" + stored + "' in the ledger is not hours, usage or stat");
        };
    }

    @Override
    public String to(DriverRef.Kind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case HOURS -> "hours";
            case USAGE -> "usage";
            case STAT -> "stat";
        };
    }
}
