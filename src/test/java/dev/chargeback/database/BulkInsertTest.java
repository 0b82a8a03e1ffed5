package dev.chargeback.database;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.db.converter.DriverColumn;
import dev.chargeback.db.tables.records.DriverTotalRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static dev.chargeback.db.Tables.DRIVER_TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk rows are written in primary-key order, the order of the values as stored, whatever order they came in. */
class BulkInsertTest {
    private static final DriverColumn WORDS = new DriverColumn();
    private final DSLContext db = DSL.using(SQLDialect.H2);

    @Test
    void rowsInHashOrderAreWrittenInTheOrderOfTheirStoredPrimaryKey() {
        List<DriverTotalRecord> rows = new ArrayList<>();
        // the stored words sort hours < stat < usage; the enum declares HOURS, USAGE, STAT
        for (DriverRef.Kind kind : List.of(DriverRef.Kind.USAGE, DriverRef.Kind.STAT, DriverRef.Kind.HOURS)) {
            for (int subject = 0; subject < 12; subject++) {
                for (int center = 0; center < 30; center++) {
                    rows.add(row(center % 2 + 1, kind, "S" + subject, "CC-" + center));
                }
            }
        }
        Collections.shuffle(rows, new Random(7));

        List<DriverTotalRecord> written = BulkInsert.inKeyOrder(DRIVER_TOTAL, rows);

        Comparator<DriverTotalRecord> stored = Comparator.comparing(DriverTotalRecord::getBatchId)
                .thenComparing(r -> WORDS.to(r.getDriver())).thenComparing(DriverTotalRecord::getSubject)
                .thenComparing(DriverTotalRecord::getService).thenComparing(DriverTotalRecord::getCostCenter);
        List<String> expected = rows.stream().sorted(stored).map(BulkInsertTest::storedKey).toList();
        List<String> actual = written.stream().map(BulkInsertTest::storedKey).toList();
        assertTrue(expected.equals(actual), "not in key order; first rows: " + actual.subList(0, 5));
        assertEquals("1|hours|S0||CC-0", storedKey(written.getFirst()));
        assertEquals("1|hours|S0||CC-10", storedKey(written.get(1))); // text order: CC-10 before CC-2
        assertEquals("1|hours|S1||CC-0", storedKey(written.get(15)));
        assertEquals("1|hours|S10||CC-0", storedKey(written.get(30))); // S1 before S10 before S2
        assertEquals("2|usage|S9||CC-9", storedKey(written.getLast()));
        assertEquals(rows.size(), written.size());
    }

    @Test
    void rowsAlreadyInKeyOrderAreWrittenAsGiven() {
        List<DriverTotalRecord> rows = List.of(row(1, DriverRef.Kind.HOURS, "A", "X"),
                row(1, DriverRef.Kind.HOURS, "B", "A"),
                row(1, DriverRef.Kind.USAGE, "A", "A"));
        assertSame(rows, BulkInsert.inKeyOrder(DRIVER_TOTAL, rows));
    }

    @Test
    void rowsMadeAsTheyAreWrittenAreEachMadeOnceAndAllWritten() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:bulk-" + java.util.UUID.randomUUID())) {
            DSLContext h2 = DSL.using(c, SQLDialect.H2);
            h2.createTable(DRIVER_TOTAL).columns(DRIVER_TOTAL.fields())
                    .primaryKey(DRIVER_TOTAL.getPrimaryKey().getFields()).execute();
            int[] made = new int[1];
            List<DriverTotalRecord> rows = MadeRows.of(12_345, i -> {
                made[0]++;
                return row(1, DriverRef.Kind.HOURS, "S" + (10_000 + i), "CC-" + i % 7);
            });

            BulkInsert.insertInKeyOrder(h2, DRIVER_TOTAL, rows); // more than two of its batches

            assertEquals(12_345, made[0]);
            assertEquals(12_345, h2.fetchCount(DRIVER_TOTAL));
            var subjects = h2.select(DRIVER_TOTAL.SUBJECT).from(DRIVER_TOTAL).orderBy(DRIVER_TOTAL.SUBJECT)
                    .fetch(DRIVER_TOTAL.SUBJECT);
            assertEquals("S10000", subjects.getFirst());
            assertEquals("S22344", subjects.getLast());
            assertEquals(0, new BigDecimal("18517.5").compareTo(h2.select(DSL.sum(DRIVER_TOTAL.QUANTITY))
                    .from(DRIVER_TOTAL).fetchSingle().value1()));
            assertEquals("CC-5", h2.select(DRIVER_TOTAL.COST_CENTER).from(DRIVER_TOTAL)
                    .where(DRIVER_TOTAL.SUBJECT.eq("S12000")).fetchSingle().value1()); // 2,000 % 7
        }
    }

    @Test
    void madeRowsAreMadeAnewAtEachReadAndOnlyWithinTheirCount() {
        int[] made = new int[1];
        List<String> rows = MadeRows.of(3, i -> "row " + i + " made " + ++made[0]);
        assertEquals(List.of("row 0 made 1", "row 1 made 2", "row 2 made 3"), List.copyOf(rows));
        assertEquals("row 1 made 4", rows.get(1));
        assertEquals(3, rows.size());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> rows.get(3));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> rows.get(-1));
        assertEquals(4, made[0]);
    }

    /** The key as the database holds it: batch, driver word, subject, service, cost center. */
    private static String storedKey(DriverTotalRecord r) {
        return r.getBatchId() + "|" + WORDS.to(r.getDriver()) + "|"
                + r.getSubject() + "|" + r.getService() + "|" + r.getCostCenter();
    }

    private DriverTotalRecord row(long batch, DriverRef.Kind kind, String subject, String center) {
        return db.newRecord(DRIVER_TOTAL).with(DRIVER_TOTAL.BATCH_ID, batch).with(DRIVER_TOTAL.DRIVER, kind)
                .with(DRIVER_TOTAL.SUBJECT, subject).with(DRIVER_TOTAL.SERVICE, "")
                .with(DRIVER_TOTAL.COST_CENTER, center).with(DRIVER_TOTAL.QUANTITY, new BigDecimal("1.5"))
                .with(DRIVER_TOTAL.ROW_COUNT, 1L).with(DRIVER_TOTAL.FIRST_LINE, 2L).with(DRIVER_TOTAL.LAST_LINE, 2L);
    }
}
