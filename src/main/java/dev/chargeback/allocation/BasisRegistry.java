package dev.chargeback.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bases a rules file may name: each basis word with the factory that reads its settings. Registering a new
 * basis here is the one line besides its class (a test checks that every permitted {@link AllocationBasis} type is
 * registered).
 */
public final class BasisRegistry {
    private static final Map<String, Function<BasisSettings, AllocationBasis>> FACTORIES = new LinkedHashMap<>();

    static {
        register(ProportionalToDriver.WORD, ProportionalToDriver::from);
        register(FixedShares.WORD, FixedShares::from);
        register(EvenSplit.WORD, EvenSplit::from);
        register(StandardRate.WORD, StandardRate::from);
        register(TimeDrivenCapacity.WORD, TimeDrivenCapacity::from);
    }

    private BasisRegistry() {
    }

    private static void register(String word, Function<BasisSettings, AllocationBasis> factory) {
        if (FACTORIES.put(word, factory) != null) {
            throw new IllegalStateException("basis word " + word + " registered twice");
        }
    }

    /** The basis words in registration order: proportional, fixed, even, rate, tdabc. */
    public static List<String> words() {
        return List.copyOf(FACTORIES.keySet());
    }

    public static boolean knows(String word) {
        return FACTORIES.containsKey(word);
    }

    /**
     * The basis of {@code word} built from its settings; null when a setting is missing or wrong (each problem is
     * reported to {@code settings}).
     *
     * @throws IllegalArgumentException when no basis has this word
     */
    public static AllocationBasis read(String word, BasisSettings settings) {
        Function<BasisSettings, AllocationBasis> factory = FACTORIES.get(word);
        if (factory == null) {
            throw new IllegalArgumentException("basis '" + word + "' is unknown; expected "
                    + String.join(", ", FACTORIES.keySet()));
        }
        return factory.apply(settings);
    }
}
