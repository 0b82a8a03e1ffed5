package dev.chargeback.ingest.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quantity or amount cell is read as exactly the BigDecimal its text names (value and scale, as
 * {@code new BigDecimal(text)} gives), whether it fits a long of units or not, and every other text is a reject.
 */
class CellsDecimalTest {

    private static Cells cells(String value) {
        CsvHeader header = CsvHeader.of(new UsageFile(), List.of("date", "service", "customer", "quantity"));
        return new Cells(header, new CsvRow(7, new String[]{"2026-10-01", "S-1", "CC-1", value}));
    }

    @Property(tries = 2000)
    void aPlainDecimalIsTheBigDecimalItsTextNames(@ForAll("plain") String text) {
        Cells c = cells(text);
        BigDecimal read = c.decimal("quantity", Cells.QUANTITY_SCALE, true);
        assertThat(c.reject()).isNull();
        assertThat(read).isEqualTo(new BigDecimal(text)); // equals: the same value and the same scale
        assertThat(read.precision()).isEqualTo(new BigDecimal(text).precision());
    }

    @Test
    void otherTextsAreRejectsNamingTheLineAndColumn() {
        for (String text : List.of(".5", "5.", "1.2.3", "1,5", "1e3", "--1", "+-1", "-", "+", "0x10", "١٢")) {
            Cells c = cells(text);
            assertThat(c.decimal("quantity", 12, true)).as(text).isNull();
            assertThat(c.reject().line()).isEqualTo(7);
            assertThat(c.reject().column()).isEqualTo("quantity");
            assertThat(c.reject().reason()).as(text).startsWith("expected a plain decimal number");
        }
        assertThat(cells("1,5").reject()).isNull(); // (a new Cells has no reject until a getter finds one)
        Cells comma = cells("1,5");
        comma.decimal("quantity", 12, true);
        assertThat(comma.reject().reason()).contains("without thousands separators");
    }

    @Test
    void scaleAndDigitLimitsStillApply() {
        Cells scale = cells("1.0000000000001"); // 13 places
        assertThat(scale.decimal("quantity", 12, true)).isNull();
        assertThat(scale.reject().reason()).isEqualTo("at most 12 decimal places are allowed");
        Cells digits = cells("1" + "0".repeat(26)); // 27 digits before the point
        assertThat(digits.decimal("quantity", 12, true)).isNull();
        assertThat(digits.reject().reason()).isEqualTo("at most 26 digits before the decimal point");
        assertThat(cells("-" + "9".repeat(26) + ".5").decimal("quantity", 12, true))
                .isEqualTo(new BigDecimal("-" + "9".repeat(26) + ".5"));
    }

    @Provide
    Arbitrary<String> plain() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(12).map(f -> "." + f));
        return Combinators.combine(sign, whole, fraction).as((s, w, f) -> s + w + f);
    }
}
