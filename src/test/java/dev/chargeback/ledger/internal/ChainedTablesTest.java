package dev.chargeback.ledger.internal;

import dev.chargeback.db.DefaultSchema;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the schema is either in the ledger (chained, or the journal and the chain itself, all append-only)
 * or outside it on purpose; every ledger table has its append-only trigger on both databases. A table added by a
 * migration fails here until it is placed.
 */
class ChainedTablesTest {

    @Test
    void everyTableOfTheSchemaIsInTheLedgerOrOutsideItOnPurpose() {
        Set<Table<?>> placed = new HashSet<>(ChainedTables.JOURNAL);
        placed.addAll(ChainedTables.OUTSIDE);
        placed.addAll(ChainedTables.ARCHIVE);
        ChainedTables.ALL.forEach(t -> placed.add(t.table()));

        assertThat(new TreeSet<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream().filter(t -> !placed.contains(t))
                .map(Table::getName).toList())).as("tables neither in ChainedTables nor outside the ledger").isEmpty();
    }

    @Test
    void everyLedgerTableHasItsAppendOnlyTriggerOnBothDatabases() throws Exception {
        Set<String> ledger = new TreeSet<>();
        ChainedTables.ALL.forEach(t -> ledger.add(t.name()));
        ChainedTables.JOURNAL.forEach(t -> ledger.add(t.getName().toLowerCase(Locale.ROOT)));
        ChainedTables.ARCHIVE.forEach(t -> ledger.add(t.getName().toLowerCase(Locale.ROOT)));
        for (String vendor : new String[]{"h2", "postgresql"}) {
            StringBuilder sql = new StringBuilder();
            try (var files = Files.list(Path.of("sql", vendor))) {
                for (Path f : files.sorted().toList()) {
                    sql.append(Files.readString(f));
                }
            }
            for (String table : ledger) {
                assertThat(sql.toString()).as(vendor + " trigger of " + table).contains("CREATE TRIGGER " + table
                        + "_append_only BEFORE UPDATE");
            }
        }
    }

    @Test
    void storedValuesHaveOneLocaleFreeText() {
        assertThat(ChainedTable.text(new BigDecimal("135.750000000000"))).isEqualTo("135.75");
        assertThat(ChainedTable.text(new BigDecimal("0E-12"))).isEqualTo("0");
        assertThat(ChainedTable.text(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(ChainedTable.text(OffsetDateTime.parse("2026-11-02T10:00:00.123+02:00")))
                .isEqualTo("2026-11-02T08:00:00.123Z");
        assertThat(ChainedTable.text(-42L)).isEqualTo("-42");
        assertThat(ChainedTable.text(Boolean.TRUE)).isEqualTo("true");
    }
}
