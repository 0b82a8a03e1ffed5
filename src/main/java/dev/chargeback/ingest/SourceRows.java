package dev.chargeback.ingest;

import dev.chargeback.allocation.DriverRef;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The source rows behind the totals (lineage): an input file of a run read again exactly as its import read it,
 * each accepted row with what it was counted for (a GL cost line, or a driver quantity). The rows are checked by the
 * same input file descriptors and against the same reference data as on import, so a row is listed here exactly
 * when the import added it to a total; the caller picks the rows of the total it explains.
 */
public interface SourceRows {

    /** What an accepted row was added to. */
    sealed interface Counted permits CostCount, DriverCount {
    }

    /** A costs.csv row: added to the cost lines of its cost center, service, account and currency. */
    record CostCount(String costCenter, String service, String account, String currency, BigDecimal amount)
            implements Counted {
    }

    /**
     * A driver row: added to the quantity of {@code costCenter} (the consumer) for {@code subject} (the supplier for
     * hours, the service for usage, the driver's name for stat), as in {@link dev.chargeback.allocation.DriverTotal}.
     */
    record DriverCount(DriverRef.Kind kind, String subject, String service, String costCenter, BigDecimal quantity)
            implements Counted {
    }

    /** An accepted row: its file, its physical line (the first, for a quoted value spanning lines), its cells. */
    record Row(String file, long line, Map<String, String> values, Counted counted) {
    }

    /**
     * Reads one of a run's input files again and hands over its accepted cost and driver rows in file order.
     *
     * @param inputs  all the run's imports (the files before {@code file} give the reference data it is checked with)
     * @param content the file's bytes (from the input archive)
     */
    void read(YearMonth period, String currency, List<FileImport> inputs, FileImport file, InputStream content,
              Consumer<Row> each);
}
