package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputFileException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file's totals are exactly the BigDecimal sums of its rows, scale included, whether a sum stays in a long or
 * leaves it, whether its key is in the driver table or in the map, and however the file was split into partitions.
 */
class TotalsTest {

    @Property(tries = 300)
    void aSumIsTheBigDecimalSumOfItsValues(@ForAll("values") List<BigDecimal> values) {
        Sum sum = new Sum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            sum.add(values.get(i), i + 2);
            expected = expected.add(values.get(i));
        }
        assertThat(sum.total()).isEqualTo(expected); // equals: the same value and the same scale
        assertThat(sum.rows).isEqualTo(values.size());
    }

    @Property(tries = 300)
    void sumsOfPartsFollowedOneAnotherAreTheWholeSum(@ForAll("values") List<BigDecimal> values,
                                                       @ForAll("values") List<BigDecimal> later) {
        Sum first = new Sum();
        Sum second = new Sum();
        values.forEach(v -> first.add(v, 2));
        later.forEach(v -> second.add(v, 100));
        BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        expected = later.stream().reduce(expected, BigDecimal::add);
        Sum both = first.then(second);
        assertThat(both.total()).isEqualTo(expected);
        assertThat(both.rows).isEqualTo(values.size() + later.size());
        Sum readBack = Sum.of(both.total(), both.rows, both.firstLine, both.lastLine);
        assertThat(readBack.total()).isEqualTo(expected);
    }

    @Test
    void aSumThatLeavesALongStaysExact() {
        Sum sum = new Sum();
        BigDecimal big = new BigDecimal("999999999999999999"); // 18 digits: ten of them no longer fit a long
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 20; i++) {
            sum.add(big, i);
            expected = expected.add(big);
        }
        sum.add(new BigDecimal("0.000000000001"), 21); // scale 12 on top of a sum of 10^19: needs 32 digits
        expected = expected.add(new BigDecimal("0.000000000001"));
        assertThat(sum.total()).isEqualTo(expected);
        assertThat(sum.total().toPlainString()).isEqualTo("19999999999999999980.000000000001");
        assertThat(sum.exceeds(26)).isFalse();
        assertThat(sum.exceeds(19)).isTrue();
        Sum negative = new Sum();
        negative.add(new BigDecimal("-922337203685477580.7"), 1); // Long.MIN_VALUE units at scale 1
        negative.add(new BigDecimal("-922337203685477580.8"), 2);
        assertThat(negative.total()).isEqualTo(new BigDecimal("-1844674407370955161.5"));
    }

    @Property(tries = 300)
    void aSumInTheDriverTableIsTheBigDecimalSumOfItsValues(@ForAll("values") List<BigDecimal> values) {
        Totals totals = new Totals("usage.csv", 3); // the key's sum lives in a slot of the table, or aside from it
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            Outcome.DriverRow row = new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-1", "", "CC-1", values.get(i), i + 2);
            expected = expected.add(values.get(i));
            if (expected.precision() - expected.scale() > Totals.QUANTITY_DIGITS) { // more than the database holds
                assertThatThrownBy(() -> totals.add(row)).isInstanceOf(InputFileException.class)
                        .hasMessageStartingWith("usage.csv line " + (i + 2) + ": the quantities of S-1 for CC-1");
                return;
            }
            totals.add(row);
        }
        Map<Totals.DriverKey, Sum> sums = totals.drivers();
        if (values.isEmpty()) {
            assertThat(sums).isEmpty();
            return;
        }
        Sum sum = sums.get(new Totals.DriverKey(DriverRef.Kind.USAGE, "S-1", "", "CC-1"));
        assertThat(sum.total()).isEqualTo(expected); // equals: the same value and the same scale
        assertThat(sum.rows).isEqualTo(values.size());
        assertThat(sum.firstLine).isEqualTo(2);
        assertThat(sum.lastLine).isEqualTo(values.size() + 1);
    }

    @Test
    void aDriverSumBeyondWhatTheDatabaseHoldsStopsTheImportAtItsLine() {
        BigDecimal most = new BigDecimal("9".repeat(26)); // driver_total.quantity: 26 digits before the point
        for (Totals totals : List.of(new Totals("usage.csv"), new Totals("usage.csv", 3))) {
            totals.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-1", "", "CC-1", most, 2));
            assertThatThrownBy(() -> totals.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-1", "", "CC-1",
                    BigDecimal.ONE, 3))).isInstanceOf(InputFileException.class).hasMessage("usage.csv line 3: the"
                    + " quantities of S-1 for CC-1 up to this line add up to more than 26 digits before the decimal"
                    + " point, more than the database holds");
        }
    }

    @Test
    void driverRowsInTheTableAndInTheMapGiveTheSameTotals() {
        Random random = new Random(7);
        int centers = 40;
        List<Outcome.DriverRow> rows = new ArrayList<>();
        Map<String, BigDecimal> expected = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (int line = 2; line < 20_000; line++) {
            String service = "S-" + random.nextInt(30);
            String customer = "CC-" + random.nextInt(centers);
            BigDecimal quantity = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5));
            rows.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, service, "", customer, quantity, line));
            expected.merge(service + "|" + customer, quantity, BigDecimal::add);
            counts.merge(service + "|" + customer, 1L, Long::sum);
        }
        // no table; a table for every key; a table whose columns run out (half the centers stay in the map)
        for (Totals totals : List.of(new Totals("usage.csv"), new Totals("usage.csv", centers),
                new Totals("usage.csv", centers / 2))) {
            rows.forEach(totals::add);
            Map<Totals.DriverKey, Sum> sums = totals.drivers();
            assertThat(sums).hasSize(expected.size());
            sums.forEach((key, sum) -> {
                assertThat(sum.total()).isEqualTo(expected.get(key.subject() + "|" + key.costCenter()));
                assertThat(sum.rows).isEqualTo(counts.get(key.subject() + "|" + key.costCenter()));
            });
            assertThat(totals.accepted).isEqualTo(rows.size());
        }
    }

    @Test
    void rowsBeyondTheTablesSlotsStayInTheMap() {
        int centers = DriverTable.SLOTS / 3; // room for three rows of slots
        Totals totals = new Totals("usage.csv", centers);
        for (int s = 0; s < 5; s++) {
            for (int c = 0; c < 3; c++) {
                totals.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-" + s, "", "CC-" + c, BigDecimal.ONE, 2));
                totals.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-" + s, "", "CC-" + c,
                        new BigDecimal("0.5"), 3));
            }
        }
        Map<Totals.DriverKey, Sum> sums = totals.drivers();
        assertThat(sums).hasSize(15);
        sums.values().forEach(sum -> {
            assertThat(sum.total()).isEqualTo(new BigDecimal("1.5"));
            assertThat(sum.firstLine).isEqualTo(2);
            assertThat(sum.lastLine).isEqualTo(3);
        });
    }

    @Provide
    Arbitrary<List<BigDecimal>> values() {
        Arbitrary<BigDecimal> small = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L)
                .flatMap(u -> Arbitraries.integers().between(0, 12).map(s -> BigDecimal.valueOf(u, s)));
        Arbitrary<BigDecimal> large = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17).negate(),
                BigInteger.TEN.pow(30)).flatMap(u -> Arbitraries.integers().between(0, 12)
                .map(s -> new BigDecimal(u, s)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, small), net.jqwik.api.Tuple.of(1, large))
                .list().ofMaxSize(40);
    }
}
