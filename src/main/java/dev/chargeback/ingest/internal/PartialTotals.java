package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.Reject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

/**
 * The {@link Totals} of one partition of a file as the bytes its step commits (table import_partition), and back.
 * A compact binary form: a partition's totals hold as many entries as the file has distinct keys (100,000 for a
 * usage file of 2,000 customers and 50 services), which typed rows would write and read one by one for nothing, since
 * they only live until the file's partitions are merged. Decimals keep their exact text.
 */
final class PartialTotals {
    private static final int VERSION = 1;

    private PartialTotals() {
    }

    static byte[] encode(Totals t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeLong(t.accepted);
            out.writeLong(t.otherPeriods);
            out.writeInt(t.periods.size());
            for (YearMonth p : t.periods) {
                text(out, p.toString());
            }
            out.writeInt(t.costs.size());
            for (Map.Entry<Totals.CostKey, Totals.Sum> e : t.costs.entrySet()) {
                Totals.CostKey k = e.getKey();
                text(out, k.costCenter());
                text(out, k.service());
                text(out, k.account());
                text(out, k.currency());
                sum(out, e.getValue());
            }
            out.writeInt(t.drivers().size());
            for (Map.Entry<Totals.DriverKey, Totals.Sum> e : t.drivers().entrySet()) {
                Totals.DriverKey k = e.getKey();
                text(out, k.kind().name());
                text(out, k.subject());
                text(out, k.service());
                text(out, k.costCenter());
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
                ServiceOffering o = s.service();
                out.writeLong(s.line());
                text(out, o.id());
                text(out, o.costCenter());
                text(out, o.name());
                text(out, o.unit());
                text(out, o.rate() == null ? null : o.rate().toString());
                text(out, o.capacity() == null ? null : o.capacity().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The totals of a partition of {@code file}, as {@link #encode} wrote them. */
    static Totals decode(String file, byte[] bytes) {
        Totals t = new Totals(file);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION) {
                throw new IllegalStateException("a partial import of " + file + " was written by another version");
            }
            t.accepted = in.readLong();
            t.otherPeriods = in.readLong();
            for (int i = in.readInt(); i > 0; i--) {
                t.periods.add(YearMonth.parse(text(in)));
            }
            for (int i = in.readInt(); i > 0; i--) {
                t.costs.put(new Totals.CostKey(text(in), text(in), text(in), text(in)), sum(in));
            }
            for (int i = in.readInt(); i > 0; i--) {
                t.drivers().put(new Totals.DriverKey(DriverRef.Kind.valueOf(text(in)), text(in), text(in), text(in)),
                        sum(in));
            }
            for (int i = in.readInt(); i > 0; i--) {
                t.rejects.add(new Reject(file, in.readLong(), text(in), text(in), text(in)));
            }
            for (int i = in.readInt(); i > 0; i--) {
                long line = in.readLong();
                String id = text(in);
                String name = text(in);
                String kind = text(in);
                t.centers.add(new Outcome.CenterRow(new CostCenter(id, name,
                        kind == null ? null : CostCenter.Kind.valueOf(kind), text(in)), line));
            }
            for (int i = in.readInt(); i > 0; i--) {
                long line = in.readLong();
                t.services.add(new Outcome.ServiceRow(new ServiceOffering(text(in), text(in), text(in), text(in),
                        decimal(text(in)), decimal(text(in))), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static void sum(DataOutputStream out, Totals.Sum s) throws IOException {
        text(out, s.total().toString());
        out.writeLong(s.rows);
        out.writeLong(s.firstLine);
        out.writeLong(s.lastLine);
    }

    private static Totals.Sum sum(DataInputStream in) throws IOException {
        BigDecimal total = new BigDecimal(text(in));
        return Totals.Sum.of(total, in.readLong(), in.readLong(), in.readLong());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** A string of any length (writeUTF stops at 64 KB), null kept as null. */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
