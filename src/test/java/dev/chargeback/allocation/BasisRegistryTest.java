package dev.chargeback.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The bases a rules file may name: one registration per type of the sealed {@link AllocationBasis}, so that a new
 * basis is its class plus one line in {@link BasisRegistry}, and the methods never learn about it.
 */
class BasisRegistryTest {

    @Test
    void registryListsTheFiveBasisWordsInOrder() {
        assertThat(BasisRegistry.words()).containsExactly("proportional", "fixed", "even", "rate", "tdabc");
    }

    @Test
    void everyPermittedBasisTypeIsRegisteredOnce() {
        Set<Class<?>> built = BasisRegistry.words().stream().map(word -> BasisRegistry.read(word, fullSettings()))
                .map(Object::getClass).collect(Collectors.toSet());

        assertThat(built).containsExactlyInAnyOrderElementsOf(Arrays.asList(AllocationBasis.class
                .getPermittedSubclasses()));
        assertThat(built).hasSameSizeAs(BasisRegistry.words());
    }

    @Test
    void eachWordRoundTripsThroughItsBasis() {
        for (String word : BasisRegistry.words()) {
            assertThat(BasisRegistry.read(word, fullSettings()).word()).isEqualTo(word);
        }
    }

    @Test
    void eachBasisReadsItsOwnSettingsOnly() {
        Map<String, Set<String>> read = new java.util.LinkedHashMap<>();
        for (String word : BasisRegistry.words()) {
            SettingsMap settings = fullSettings();
            BasisRegistry.read(word, settings);
            read.put(word, settings.asked());
        }

        assertThat(read).containsExactly(
                Map.entry("proportional", Set.of("driver", "on_no_driver")),
                Map.entry("fixed", Set.of("shares", "on_no_driver")),
                Map.entry("even", Set.of("on_no_driver")),
                Map.entry("rate", Set.of("driver", "rate", "recovery_to")),
                Map.entry("tdabc", Set.of("driver")));
    }

    @Test
    void settingsBecomeTheBasisValues() {
        DriverRef seats = new DriverRef(DriverRef.Kind.USAGE, "IT-LAPTOPS");

        assertThat(BasisRegistry.read("rate", fullSettings()))
                .isEqualTo(new StandardRate(seats, new BigDecimal("45.00"), "FINANCE"));
        assertThat(BasisRegistry.read("proportional", fullSettings()))
                .isEqualTo(new ProportionalToDriver(seats, true));
        assertThat(BasisRegistry.read("fixed", fullSettings()))
                .isEqualTo(new FixedShares(Map.of("SALES", new BigDecimal("25"), "MFG", new BigDecimal("75")), true));
        assertThat(BasisRegistry.read("even", new SettingsMap())).isEqualTo(new EvenSplit(false));
        assertThat(BasisRegistry.read("tdabc", fullSettings())).isEqualTo(new TimeDrivenCapacity(seats));
        assertThat(BasisRegistry.read("tdabc", fullSettings()).driver()).isEqualTo(seats);
        assertThat(BasisRegistry.read("even", fullSettings()).driver()).isNull();
    }

    @Test
    void unknownWordNamesTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> BasisRegistry.read("dual-rate", new SettingsMap()))
                .withMessage("basis 'dual-rate' is unknown; expected proportional, fixed, even, rate, tdabc");
    }

    /** Every setting any basis reads. */
    private static SettingsMap fullSettings() {
        return new SettingsMap().put("driver", "usage:IT-LAPTOPS").put("on_no_driver", "remainder")
                .put("shares", Map.of("SALES", new BigDecimal("25"), "MFG", new BigDecimal("75")))
                .put("rate", "45.00").put("recovery_to", "FINANCE");
    }
}
