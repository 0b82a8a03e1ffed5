package dev.chargeback.run;

import dev.chargeback.bench.BenchData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A bad row at the very end of a large file ends the run with the file and the row's line, on one thread and on
 * several partitions: nothing waits on a queue that nobody reads any more.
 */
class ImportParseErrorTest {
    private static final long ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void aBadLastRowOfALargeFileEndsTheRunWithItsLineOnOneThread() throws Exception {
        Path data = dataWithBadLastRow();
        Cli.Result result = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> Cli.execute("run", "--period",
                BenchData.PERIOD, "--data", data.toString(), "--out", dir.resolve("out").toString(), "--db",
                "jdbc:h2:mem:" + UUID.randomUUID(), "--threads", "1"));
        assertThat(result.exit()).as(result.describe()).isEqualTo(2);
        // header on line 1, ROWS generated rows on lines 2..ROWS+1, the bad row after them
        assertThat(result.err()).as(result.describe()).contains("usage.csv line " + (ROWS + 2) + ": cannot parse CSV")
                .contains("check the quoting of that row");
    }

    @Test
    void aBadLastRowIsNamedWithItsLineWhenTheFileIsSplitInParts() throws Exception {
        Path data = dataWithBadLastRow();
        System.setProperty("chargeback.import.partitions", "4");
        try {
            Cli.Result result = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> Cli.execute("run", "--period",
                    BenchData.PERIOD, "--data", data.toString(), "--out", dir.resolve("out").toString(), "--db",
                    "jdbc:h2:mem:" + UUID.randomUUID(), "--threads", "2"));
            assertThat(result.exit()).as(result.describe()).isEqualTo(2);
            assertThat(result.err()).as(result.describe())
                    .contains("usage.csv line " + (ROWS + 2) + ": cannot parse CSV");
        } finally {
            System.clearProperty("chargeback.import.partitions");
        }
    }

    private Path dataWithBadLastRow() throws Exception {
        Path data = dir.resolve("data");
        BenchData.usage(data, ROWS, 10, 100, 11);
        Files.writeString(data.resolve("usage.csv"), "2026-10-05,S-1,CC-1,\"3.5\"x,bad\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return data;
    }
}
