package dev.chargeback.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A month small enough that a child JVM's run is mostly its start: IT (1,000.00 EUR of cost) serves SALES 3 tickets
 * and MFG 1 ticket, so a run allocates SALES 750.00 and MFG 250.00. The lock and crash tests run it many times.
 */
final class SmallLedger {
    static final String PERIOD = "2026-10";

    private SmallLedger() {
    }

    static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("cost_centers.csv"), """
                    id,name,kind,parent
                    IT,Information Technology,SERVICE,
                    SALES,Sales,OPERATING,
                    MFG,Manufacturing,OPERATING,
                    """);
            Files.writeString(dir.resolve("services.csv"), """
                    id,cost_center,name,unit
                    IT-HELPDESK,IT,Help desk,tickets
                    """);
            Files.writeString(dir.resolve("costs.csv"), """
                    period,cost_center,account,amount,currency
                    2026-10,IT,6000,1000.00,EUR
                    """);
            Files.writeString(dir.resolve("usage.csv"), """
                    date,service,customer,quantity
                    2026-10-05,IT-HELPDESK,SALES,3
                    2026-10-06,IT-HELPDESK,MFG,1
                    """);
            Files.writeString(dir.resolve("rules.yaml"), """
                    currency: EUR
                    method: direct
                    pools:
                      - cost_center: IT
                        basis: proportional
                        driver: usage:IT-HELPDESK
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** `chargeback run` of the small month into {@code out} on {@code db}. */
    /** A run that posts even when its data is that of the run in force (these tests repost one small month). */
    static List<String> runArgs(Path data, Path out, String db) {
        return List.of("run", "--period", PERIOD, "--data", data.toString(), "--out", out.toString(), "--db", db,
                "--user", "lock-test", "--repost");
    }
}
