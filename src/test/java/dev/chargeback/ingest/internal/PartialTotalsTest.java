package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.Reject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A partition's totals come back from their bytes exactly as they went in, every section of them; the bytes a
 * version-1 process left behind (a killed import, then an upgrade) still read.
 */
class PartialTotalsTest {

    @Test
    void everySectionComesBackAsItWent() {
        Totals t = sample();
        Totals back = PartialTotals.decode("usage.csv", PartialTotals.encode(t));
        assertSame(back, t);
    }

    @Test
    void aFirstVersionPartitionStillReads() throws IOException {
        Totals t = sample();
        assertSame(PartialTotals.decode("usage.csv", firstVersion(t)), t);
    }

    @Test
    void aPartitionOfAnUnknownVersionIsRefusedNamingTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeInt(7);
        assertThatThrownBy(() -> PartialTotals.decode("usage.csv", bytes.toByteArray()))
                .hasMessage("a partial import of usage.csv was written by another version (7)");
    }

    @Test
    void oneHundredThousandTotalsTakeLessThanAThirdOfTheirFirstVersionSize() throws IOException {
        Totals t = new Totals("usage.csv", 2000);
        long line = 2;
        for (int s = 0; s < 50; s++) {
            for (int c = 0; c < 2000; c++) {
                t.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-" + s, "", "CC-" + (1000 + c),
                        new BigDecimal(line % 997 + "." + line % 89), line));
                line += 25;
            }
        }
        byte[] now = PartialTotals.encode(t);
        byte[] first = firstVersion(t);
        assertThat(now.length).isLessThan(first.length / 3); // 2.0 MB instead of 6.6 MB
        Totals back = PartialTotals.decode("usage.csv", now);
        assertThat(back.drivers()).hasSize(100_000);
        back.drivers().forEach((key, sum) -> {
            Sum original = t.drivers().get(key);
            assertThat(sum.total()).isEqualTo(original.total());
            assertThat(List.of(sum.rows, sum.firstLine, sum.lastLine))
                    .isEqualTo(List.of(original.rows, original.firstLine, original.lastLine));
        });
    }

    private static Totals sample() {
        Totals t = new Totals("usage.csv");
        t.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-1", "", "Café", new BigDecimal("12.5"), 2));
        t.add(new Outcome.DriverRow(DriverRef.Kind.USAGE, "S-1", "", "Café", new BigDecimal("0.125"), 9));
        t.add(new Outcome.DriverRow(DriverRef.Kind.HOURS, "IT", "S-2", "MKT", new BigDecimal("7"), 3_000_000_000L));
        t.add(new Outcome.CostRow("IT", "", "6000", "EUR", new BigDecimal("-100.2500"), 4));
        t.add(new Outcome.CostRow("IT", "S-1", "6000", "EUR", new BigDecimal("99999999999999.99"), 5));
        t.add(new Outcome.Rejected(new Reject("usage.csv", 6, "quantity", "1,5", "expected a plain decimal")));
        t.add(new Outcome.OtherPeriod(YearMonth.of(2026, 9)));
        t.add(new Outcome.CenterRow(new CostCenter("IT", "Information technology", CostCenter.Kind.SERVICE, null), 7));
        t.add(new Outcome.CenterRow(new CostCenter("ROOT", "Company", null, null), 8));
        t.add(new Outcome.ServiceRow(new ServiceOffering("S-1", "IT", "Laptops", "seat", new BigDecimal("12.50"),
                null), 10));
        return t;
    }

    private static void assertSame(Totals back, Totals t) {
        assertThat(back.accepted).isEqualTo(t.accepted);
        assertThat(back.otherPeriods).isEqualTo(t.otherPeriods);
        assertThat(back.periods).isEqualTo(t.periods);
        assertThat(back.rejects).isEqualTo(t.rejects);
        assertThat(back.centers).isEqualTo(t.centers);
        assertThat(back.services).isEqualTo(t.services);
        assertThat(back.costs.keySet()).isEqualTo(t.costs.keySet());
        assertThat(back.drivers().keySet()).isEqualTo(t.drivers().keySet());
        t.costs.forEach((k, s) -> assertThat(back.costs.get(k).total()).isEqualTo(s.total()));
        t.drivers().forEach((k, s) -> {
            Sum b = back.drivers().get(k);
            assertThat(b.total()).isEqualTo(s.total());
            assertThat(List.of(b.rows, b.firstLine, b.lastLine)).isEqualTo(List.of(s.rows, s.firstLine, s.lastLine));
        });
    }

    /** The first version's layout, written out here: ints for counts, longs for numbers, every text in full. */
    private static byte[] firstVersion(Totals t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeLong(t.accepted);
        out.writeLong(t.otherPeriods);
        out.writeInt(t.periods.size());
        for (YearMonth p : t.periods) {
            text(out, p.toString());
        }
        out.writeInt(t.costs.size());
        for (var e : t.costs.entrySet()) {
            text(out, e.getKey().costCenter());
            text(out, e.getKey().service());
            text(out, e.getKey().account());
            text(out, e.getKey().currency());
            sum(out, e.getValue());
        }
        out.writeInt(t.drivers().size());
        for (var e : t.drivers().entrySet()) {
            text(out, e.getKey().kind().name());
            text(out, e.getKey().subject());
            text(out, e.getKey().service());
            text(out, e.getKey().costCenter());
            sum(out, e.getValue());
        }
        out.writeInt(t.rejects.size());
        for (Reject r : t.rejects) {
            out.writeLong(r.line());
            text(out, r.column());
            text(out, r.value());
            text(out, r.reason());
        }
        out.writeInt(t.centers.size());
        for (Outcome.CenterRow c : t.centers) {
            out.writeLong(c.line());
            text(out, c.center().id());
            text(out, c.center().name());
            text(out, c.center().kind() == null ? null : c.center().kind().name());
            text(out, c.center().parent());
        }
        out.writeInt(t.services.size());
        for (Outcome.ServiceRow s : t.services) {
            out.writeLong(s.line());
            text(out, s.service().id());
            text(out, s.service().costCenter());
            text(out, s.service().name());
            text(out, s.service().unit());
            text(out, s.service().rate() == null ? null : s.service().rate().toString());
            text(out, s.service().capacity() == null ? null : s.service().capacity().toString());
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void sum(DataOutputStream out, Sum s) throws IOException {
        text(out, s.total().toString());
        out.writeLong(s.rows);
        out.writeLong(s.firstLine);
        out.writeLong(s.lastLine);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
