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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Totals} of one partition of a file as the bytes its step commits (table import_partition), and back.
 * A compact binary form: a partition's totals hold as many entries as the file has distinct keys (100,000 for a
 * usage file of 2,000 customers and 50 services), which typed rows would write and read one by one for nothing, since
 * they only live until the file's partitions are merged. Decimals keep their exact text.
 * <p>
 * Version 2 writes counts, line numbers and lengths as variable-length integers, and each id of a key (kind,
 * subject, service, cost center, account, currency) once: later uses name it by number. A 2.5M-row partition's
 * 100,000 totals take about 2 MB instead of 6.6 MB (each written to and read back from the database, on PostgreSQL
 * 0.3-0.45 s per partition), and their keys decode to one String per id instead of four per total. Version 1, which
 * a process killed before this version may have left, is still read.
 */
final class PartialTotals {
    private static final int VERSION = 2;

    private PartialTotals() {
    }

    static byte[] encode(Totals t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            data.writeInt(VERSION);
            Writer out = new Writer(data);
            out.number(t.accepted);
            out.number(t.otherPeriods);
            out.number(t.periods.size());
            for (YearMonth p : t.periods) {
                out.text(p.toString());
            }
            out.number(t.costs.size());
            for (Map.Entry<Totals.CostKey, Sum> e : t.costs.entrySet()) {
                Totals.CostKey k = e.getKey();
                out.id(k.costCenter());
                out.id(k.service());
                out.id(k.account());
                out.id(k.currency());
                out.sum(e.getValue());
            }
            Map<Totals.DriverKey, Sum> drivers = t.drivers();
            out.number(drivers.size());
            for (Map.Entry<Totals.DriverKey, Sum> e : drivers.entrySet()) {
                Totals.DriverKey k = e.getKey();
                out.id(k.kind().name());
                out.id(k.subject());
                out.id(k.service());
                out.id(k.costCenter());
                out.sum(e.getValue());
            }
            out.number(t.rejects.size());
            for (Reject r : t.rejects) {
                out.number(r.line());
                out.text(r.column());
                out.text(r.value());
                out.text(r.reason());
            }
            out.number(t.centers.size());
            for (Outcome.CenterRow c : t.centers) {
                out.number(c.line());
                out.text(c.center().id());
                out.text(c.center().name());
                out.text(c.center().kind() == null ? null : c.center().kind().name());
                out.text(c.center().parent());
            }
            out.number(t.services.size());
            for (Outcome.ServiceRow s : t.services) {
                ServiceOffering o = s.service();
                out.number(s.line());
                out.text(o.id());
                out.text(o.costCenter());
                out.text(o.name());
                out.text(o.unit());
                out.text(o.rate() == null ? null : o.rate().toString());
                out.text(o.capacity() == null ? null : o.capacity().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The totals of a partition of {@code file}, as {@link #encode} wrote them (this version or the first). */
    static Totals decode(String file, byte[] bytes) {
        Totals t = new Totals(file);
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = data.readInt();
            Reader in = switch (version) {
                case 1 -> new FirstVersionReader(data);
                case VERSION -> new Reader(data);
                default -> throw new IllegalStateException("a partial import of " + file
                        + " was written by another version (" + version + ")");
            };
            t.accepted = in.number();
            t.otherPeriods = in.number();
            for (long i = in.count(); i > 0; i--) {
                t.periods.add(YearMonth.parse(in.text()));
            }
            for (long i = in.count(); i > 0; i--) {
                t.costs.put(new Totals.CostKey(in.id(), in.id(), in.id(), in.id()), in.sum());
            }
            Map<Totals.DriverKey, Sum> drivers = t.drivers();
            for (long i = in.count(); i > 0; i--) {
                drivers.put(new Totals.DriverKey(DriverRef.Kind.valueOf(in.id()), in.id(), in.id(), in.id()), in.sum());
            }
            for (long i = in.count(); i > 0; i--) {
                t.rejects.add(new Reject(file, in.number(), in.text(), in.text(), in.text()));
            }
            for (long i = in.count(); i > 0; i--) {
                long line = in.number();
                String id = in.text();
                String name = in.text();
                String kind = in.text();
                t.centers.add(new Outcome.CenterRow(new CostCenter(id, name,
                        kind == null ? null : CostCenter.Kind.valueOf(kind), in.text()), line));
            }
            for (long i = in.count(); i > 0; i--) {
                long line = in.number();
                t.services.add(new Outcome.ServiceRow(new ServiceOffering(in.text(), in.text(), in.text(), in.text(),
                        decimal(in.text()), decimal(in.text())), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** Version 2: numbers (never negative) as unsigned variable-length integers, ids once each. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> ids = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void number(long n) throws IOException {
            long v = n;
            while ((v & ~0x7FL) != 0) {
                out.writeByte((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte((int) v);
        }

        /** A string of any length, null kept as null: its UTF-8 length plus one (0 for null), then its bytes. */
        void text(String s) throws IOException {
            if (s == null) {
                number(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length + 1L);
            out.write(utf8);
        }

        /** An id: 0 and its text the first time, then the number it was given (1, 2, ...). */
        void id(String s) throws IOException {
            Integer known = ids.get(s);
            if (known != null) {
                number(known);
                return;
            }
            ids.put(s, ids.size() + 1);
            number(0);
            text(s);
        }

        void sum(Sum s) throws IOException {
            text(s.total().toString());
            number(s.rows);
            number(s.firstLine);
            number(s.lastLine);
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static class Reader {
        final DataInputStream in;
        private final List<String> ids = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        long number() throws IOException {
            long n = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.readUnsignedByte();
                n |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return n;
                }
            }
            throw new IOException("a number of more than 64 bits");
        }

        /** How many entries follow (in version 1 an int, where numbers are longs). */
        long count() throws IOException {
            return number();
        }

        String text() throws IOException {
            long length = number() - 1;
            if (length > Integer.MAX_VALUE) {
                throw new IOException("a text of " + length + " bytes");
            }
            return length < 0 ? null : new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
        }

        String id() throws IOException {
            long n = number();
            if (n == 0) {
                String s = text();
                ids.add(s);
                return s;
            }
            if (n > ids.size()) {
                throw new IOException("id " + n + " of " + ids.size());
            }
            return ids.get((int) n - 1);
        }

        Sum sum() throws IOException {
            BigDecimal total = new BigDecimal(text());
            return Sum.of(total, number(), number(), number());
        }
    }

    /** Version 1: counts as ints, line numbers as longs, every text in full behind its length. */
    private static final class FirstVersionReader extends Reader {
        FirstVersionReader(DataInputStream in) {
            super(in);
        }

        @Override
        long count() throws IOException {
            return in.readInt();
        }

        @Override
        long number() throws IOException {
            return in.readLong();
        }

        @Override
        String text() throws IOException {
            int length = in.readInt();
            return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        @Override
        String id() throws IOException {
            return text();
        }
    }
}
