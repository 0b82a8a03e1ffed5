package dev.chargeback.archive.internal;

import dev.chargeback.archive.ArchiveException;
import dev.chargeback.archive.InputArchive;
import dev.chargeback.archive.InputArchive.ArchivedFile;
import dev.chargeback.cli.TestPostgres;
import dev.chargeback.fingerprint.Sha256;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.chargeback.db.Tables.INPUT_ARCHIVE;
import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive commits a file's chunks a few at a time and its input_archive row last (sql/V010), on H2 and on
 * PostgreSQL (skipped without one, mandatory in CI): a file of 20 chunks (5 MiB of random bytes, incompressible) is
 * read back byte for byte; an attempt refused half-way (the file changed) leaves chunks that belong to no file, and
 * the next attempt archives the file whole; two attempts at once archive it once; and a file archived before V010
 * (chunks numbered from 1, in one transaction) is read back after the ledger takes V010.
 */
class ArchiveStoreTest {
    private static final int CHUNKS = 20;

    /** One ledger per database for the tests that need the newest schema (each test's file has its own hash). */
    private static final java.util.Map<String, Ledger> CURRENT = new java.util.HashMap<>();
    private static final java.util.Deque<Runnable> CLEANUP = new java.util.ArrayDeque<>();

    @TempDir
    static Path ledgers;

    @TempDir
    Path temp;

    @AfterAll
    static void dropDatabases() {
        CLEANUP.forEach(Runnable::run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFileIsWrittenInPiecesAndReadBackWhole(String vendor) throws Exception {
        Ledger ledger = current(vendor);
        byte[] bytes = random(CHUNKS * ChunkOutput.CHUNK - 1000, 1);
        Path file = Files.write(temp.resolve("usage.csv"), bytes);
        String sha = Sha256.of(bytes);

        assertThat(ledger.archive().keep(sha, file)).isTrue();

        ArchivedFile kept = ledger.archive().find(sha).orElseThrow();
        assertThat(kept.sizeBytes()).isEqualTo(bytes.length);
        assertThat(kept.chunks()).isEqualTo(CHUNKS); // random bytes do not compress: 20 chunks, committed 16 and 4
        assertThat(kept.firstChunk() % (1L << 24)).isEqualTo(1); // attempt x 2^24 + 1
        assertThat(chunkNumbers(ledger, sha)).isEqualTo(range(kept.firstChunk(), CHUNKS));
        assertThat(read(ledger, sha)).isEqualTo(bytes);
        assertThat(ledger.archive().keep(sha, file)).as("kept once").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anAttemptRefusedHalfWayLeavesChunksOfNoFileAndTheNextAttemptKeepsTheFile(String vendor) throws Exception {
        Ledger ledger = current(vendor);
        byte[] bytes = random(CHUNKS * ChunkOutput.CHUNK - 1000, 2);
        String sha = Sha256.of(bytes);
        Path file = temp.resolve("usage.csv");
        Files.write(file, random(bytes.length, 3)); // not the bytes the import hashed: refused after every chunk
        InputArchive.Holdings before = ledger.archive().holdings(); // the ledger is shared: what the others left

        assertThatThrownBy(() -> ledger.archive().keep(sha, file)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("its SHA-256 is now " + Sha256.of(Files.readAllBytes(file)));
        assertThat(ledger.archive().find(sha)).isEmpty();
        List<Long> stray = chunkNumbers(ledger, sha);
        assertThat(stray).hasSize(CHUNKS); // committed in pieces, never deleted (append-only), read by nothing
        assertThat(ledger.archive().holdings()).as("verify counts them: chunks of no file").isEqualTo(
                new InputArchive.Holdings(before.files(), before.sizeBytes(), before.storedBytes(),
                        before.strayChunks() + CHUNKS));

        Files.write(file, bytes);
        assertThat(ledger.archive().keep(sha, file)).isTrue();
        ArchivedFile kept = ledger.archive().find(sha).orElseThrow();
        assertThat(kept.firstChunk()).isEqualTo(stray.getFirst() + (1L << 24)); // the next attempt's block
        assertThat(read(ledger, sha)).isEqualTo(bytes);
        long storedNow = ledger.db().select(DSL.sum(DSL.binaryOctetLength(INPUT_ARCHIVE_CHUNK.DATA)))
                .from(INPUT_ARCHIVE_CHUNK)
                .where(INPUT_ARCHIVE_CHUNK.FILE_SHA256.eq(sha), INPUT_ARCHIVE_CHUNK.CHUNK_NO.ge(kept.firstChunk()))
                .fetchSingle().value1().longValueExact();
        assertThat(ledger.archive().holdings()).isEqualTo(new InputArchive.Holdings(before.files() + 1,
                before.sizeBytes() + bytes.length, before.storedBytes() + storedNow, before.strayChunks() + CHUNKS));
        assertThat(new InputArchive.Holdings(2, 5_242_880, 5_243_120, 20).describe()).isEqualTo("Input archive:"
                + " 2 files, 5.2 MB stored as 5.2 MB; 20 chunks of attempts killed or refused, never read");
        assertThat(new InputArchive.Holdings(1, 1_000_000, 300_000, 0).describe())
                .isEqualTo("Input archive: 1 file, 1.0 MB stored as 300.0 kB");
        assertThat(new InputArchive.Holdings(0, 0, 0, 1).describe())
                .isEqualTo("Input archive: 0 files, 0.0 kB stored as 0.0 kB; 1 chunk of attempts killed or refused,"
                        + " never read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoAttemptsAtOnceKeepTheFileOnce(String vendor) throws Exception {
        Ledger ledger = current(vendor);
        byte[] bytes = random(CHUNKS * ChunkOutput.CHUNK, 4);
        Path file = Files.write(temp.resolve("usage.csv"), bytes);
        String sha = Sha256.of(bytes);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> keep = () -> ledger.archive().keep(sha, file);
            List<Future<Boolean>> both = two.invokeAll(List.of(keep, keep));
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : both) {
                stored.add(f.get());
            }
            assertThat(stored).containsExactlyInAnyOrder(true, false);
        } finally {
            two.shutdownNow();
        }
        assertThat(ledger.db().fetchCount(INPUT_ARCHIVE, INPUT_ARCHIVE.FILE_SHA256.eq(sha))).isEqualTo(1);
        assertThat(read(ledger, sha)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFileArchivedBeforeV010IsReadBackAfterIt(String vendor) throws Exception {
        Ledger before = ledger(vendor, "9.1");
        byte[] bytes = random(3 * ChunkOutput.CHUNK + 77, 5);
        String sha = Sha256.of(bytes);
        var compressed = new java.io.ByteArrayOutputStream();
        try (var out = Compression.ZSTD.compressing(compressed)) {
            out.write(bytes);
        }
        byte[] stored = compressed.toByteArray();
        try (Connection c = before.dataSource().getConnection()) {
            int chunkNo = 0;
            for (int from = 0; from < stored.length; from += ChunkOutput.CHUNK) { // as before V010: 1, 2, 3, ...
                execute(c, "INSERT INTO input_archive_chunk (file_sha256, chunk_no, data) VALUES (?, ?, ?)", sha,
                        ++chunkNo, java.util.Arrays.copyOfRange(stored, from, Math.min(stored.length,
                                from + ChunkOutput.CHUNK)));
            }
            execute(c, "INSERT INTO input_archive (file_sha256, size_bytes, stored_bytes, chunk_count, compression,"
                    + " archived_at) VALUES (?, ?, ?, ?, 'zstd', CURRENT_TIMESTAMP)", sha, (long) bytes.length,
                    (long) stored.length, chunkNo);
        }

        Ledger after = migrate(before.dataSource(), vendor, null);
        ArchivedFile kept = after.archive().find(sha).orElseThrow();
        assertThat(kept.firstChunk()).isEqualTo(1);
        assertThat(kept.chunks()).isEqualTo(4);
        assertThat(read(after, sha)).isEqualTo(bytes);
    }

    private static Ledger current(String vendor) throws Exception {
        Ledger ledger = CURRENT.get(vendor);
        if (ledger == null) {
            ledger = ledger(vendor, null);
            CURRENT.put(vendor, ledger);
        }
        return ledger;
    }

    /** A new ledger database of the vendor, migrated to {@code target} (null: the newest migration). */
    private static Ledger ledger(String vendor, String target) throws Exception {
        DataSource ds;
        if (vendor.equals("h2")) {
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + ledgers.resolve("ledger-" + java.util.UUID.randomUUID()).toAbsolutePath());
            h2.setUser("sa");
            ds = h2;
        } else {
            TestPostgres pg = TestPostgres.require();
            String database = pg.createDatabase();
            CLEANUP.add(() -> {
                try {
                    pg.dropDatabase(database);
                } catch (java.sql.SQLException e) {
                    System.err.println("ArchiveStoreTest: could not drop " + database + ": " + e.getMessage());
                }
            });
            var postgres = new PGSimpleDataSource();
            postgres.setURL(pg.urlOf(database));
            postgres.setUser(pg.user());
            postgres.setPassword(pg.password());
            ds = postgres;
        }
        var pool = new com.zaxxer.hikari.HikariDataSource(); // as the engine connects: pooled
        pool.setDataSource(ds);
        pool.setMaximumPoolSize(4);
        CLEANUP.addFirst(pool::close); // before the database is shut down or dropped
        return migrate(pool, vendor, target);
    }

    private static Ledger migrate(DataSource ds, String vendor, String target) {
        var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/"
                + vendor);
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        // as the engine's context is configured (Spring Boot's jOOQ, DatabaseConfiguration): in the transaction of
        // the thread, names unquoted, SQL errors translated into Spring's exceptions
        DSLContext db = DSL.using(new DefaultConfiguration()
                .set(vendor.equals("h2") ? SQLDialect.H2 : SQLDialect.POSTGRES)
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(ds)))
                .set(new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER))
                .set(ExceptionTranslatorExecuteListener.DEFAULT));
        return new Ledger(ds, db, new ArchiveStore(db, new DataSourceTransactionManager(ds), Clock.systemUTC()));
    }

    private record Ledger(DataSource dataSource, DSLContext db, ArchiveStore archive) {
    }

    private static byte[] read(Ledger ledger, String sha) throws Exception {
        try (InputStream in = ledger.archive().open(sha)) {
            return in.readAllBytes();
        }
    }

    private static List<Long> chunkNumbers(Ledger ledger, String sha) {
        return ledger.db().select(INPUT_ARCHIVE_CHUNK.CHUNK_NO).from(INPUT_ARCHIVE_CHUNK)
                .where(INPUT_ARCHIVE_CHUNK.FILE_SHA256.eq(sha)).orderBy(INPUT_ARCHIVE_CHUNK.CHUNK_NO)
                .fetch(INPUT_ARCHIVE_CHUNK.CHUNK_NO);
    }

    private static List<Long> range(long first, int count) {
        return java.util.stream.LongStream.range(first, first + count).boxed().toList();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void execute(Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
