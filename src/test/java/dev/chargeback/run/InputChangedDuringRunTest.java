package dev.chargeback.run;

import dev.chargeback.bench.BenchData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A posted run always has its inputs archived: the archive is written after the import (embedded H2) or beside the
 * posting (PostgreSQL), and the posting commits only once it is done. Here the rules file is changed while a real
 * `run` (a child JVM) imports 300,000 usage rows, after the run read it: the archive finds another SHA-256 than the
 * run recorded, the run stops naming the file, nothing is posted, and the next run completes with the file as it
 * is now.
 */
class InputChangedDuringRunTest {
    @TempDir
    Path temp;

    private interface Connector {
        Connection connect() throws SQLException;
    }

    @Test
    void aRulesFileChangedDuringTheImportStopsTheRunWithNothingPostedOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();
        trial(url, () -> DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void aRulesFileChangedDuringTheImportStopsTheRunWithNothingPostedOnPostgres() throws Exception {
        try (TestDatabase db = PostgresServer.require().create()) {
            trial(db.url(), db::connect);
        }
    }

    private void trial(String url, Connector connector) throws Exception {
        Path data = temp.resolve("data");
        BenchData.usage(data, 300_000, 20, 300, 5);
        Path rules = data.resolve("rules.yaml");
        String[] run = {"run", "--period", BenchData.PERIOD, "--data", data.toString(), "--rules", rules.toString(),
                "--out", temp.resolve("out").toString(), "--db", url};

        ChildJvm child = ChildJvm.start(temp, List.of(), run);
        child.awaitLine("Importing ");
        Files.writeString(rules, Files.readString(rules) + "# changed while the run imported\n");
        ChildJvm.Result stopped = child.await();

        assertEquals(1, stopped.exit(), stopped.describe());
        assertTrue(stopped.err().contains("cannot archive " + rules + ": its SHA-256 is now "), stopped.describe());
        assertTrue(stopped.err().contains("the file changed during the run. Run again"), stopped.describe());
        assertEquals(0, runs(connector), "nothing was posted");

        Cli.Result again = Cli.execute(run);
        assertEquals(0, again.exit(), again::describe);
        assertEquals(1, runs(connector), "the next run posted");
        Cli.Result verify = Cli.execute("verify", "--db", url);
        assertEquals(0, verify.exit(), verify::describe);
    }

    private static int runs(Connector connector) throws SQLException {
        try (Connection c = connector.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM allocation_run")) {
            r.next();
            return r.getInt(1);
        }
    }
}
