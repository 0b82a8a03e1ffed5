package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.bench.BenchData;
import dev.chargeback.bench.HeapWatch;
import dev.chargeback.bench.ReferenceParse;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.run.MonthlyRun;
import dev.chargeback.run.RunOutcome;
import dev.chargeback.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.YearMonth;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the whole engine on generated data and prints rows per second and peak heap for "
                + "import, allocation and posting, and export.",
                "Default: a usage file of --rows rows (one month, --services services, --customers customers, "
                + "decimal quantities). With --reciprocal N: N service cost centers serving each other sparsely "
                + "and --receivers operating cost centers, method reciprocal.",
                "The database is a fresh embedded H2 file under a temporary folder unless --db is given; --db must "
                + "name an empty database (bench refuses a ledger with runs)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", split = ",", paramLabel = "N[,N...]",
            description = "usage rows; several sizes (1000000,10000000) run one after the other, each a month of its "
                    + "own on the same ledger, and the marginal rate between sizes is printed (default ${DEFAULT-VALUE})")
    List<Long> rows;

    /** The unreported first month that loads and compiles the engine's code before anything is measured. */
    private static final long WARM_UP_ROWS = 500_000;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "runs of each size, each a month "
            + "of its own with its file generated anew; with more than one, the median of each phase and of the bare "
            + "parse is printed after the runs, and the marginal rates use the medians (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--services", defaultValue = "50", description = "services (default ${DEFAULT-VALUE})")
    int services;

    @Option(names = "--customers", defaultValue = "2000", description = "customers (default ${DEFAULT-VALUE})")
    int customers;

    @Option(names = "--reciprocal", paramLabel = "N", description = "benchmark reciprocal allocation of N service "
            + "cost centers instead")
    Integer reciprocal;

    @Option(names = "--receivers", defaultValue = "5000", description = "operating cost centers for --reciprocal "
            + "(default ${DEFAULT-VALUE})")
    int receivers;

    @Option(names = "--keep", description = "keep the generated data and outputs")
    boolean keep;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be 1 or more, not " + repeat);
        }
        PrintStream out = System.out;
        Path work = Files.createTempDirectory("chargeback-bench");
        Path data = work.resolve("data");
        DatabaseTarget db = database.url == null
                ? new DatabaseTarget("jdbc:h2:file:" + work.resolve("db/ledger"), "sa", "") : database.target();
        try {
            bench(out, db, work, data);
        } finally {
            if (!keep) {
                delete(work);
            }
        }
        if (keep) {
            out.println("Kept " + work);
        }
        return 0;
    }

    /** The garbage collectors the JVM runs, as it names them (e.g. "PS Scavenge, PS MarkSweep"). */
    private static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private void bench(PrintStream out, DatabaseTarget db, Path work, Path data) throws IOException {
        // the database first: a wrong URL or password is reported before minutes of data generation
        try (var context = ChargebackApplication.start(db, threads.settings())) {
            if (context.getBean(dev.chargeback.ledger.Ledger.class).runCount() > 0) {
                throw new ParameterException(spec.commandLine(), "bench posts synthetic data for "
                        + BenchData.PERIOD + " and the months after: give it an empty database, not a ledger with"
                        + " runs (" + db.describe() + ")");
            }
            out.println("Database: " + db.describe() + "; max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB (" + collectors() + "); " + Runtime.getRuntime().availableProcessors() + " cores");
            if (reciprocal != null) {
                generate(out, data, 0, YearMonth.parse(BenchData.PERIOD));
                Map<String, Long> peaks = new LinkedHashMap<>();
                RunOutcome outcome = measure(context, data, work, peaks, YearMonth.parse(BenchData.PERIOD));
                report(out, outcome.timings(), peaks, null);
                ran(out, outcome);
                return;
            }
            List<BenchSize> sizes = new ArrayList<>();
            YearMonth period = warmUp(out, context, data, work, YearMonth.parse(BenchData.PERIOD));
            for (long n : rows) {
                List<BenchSize> runs = new ArrayList<>();
                for (int i = 0; i < repeat; i++) {
                    Path month = data.resolve(period.toString());
                    generate(out, month, n, period);
                    ReferenceParse.Result reference = ReferenceParse.of(month.resolve("usage.csv"));
                    Map<String, Long> peaks = new LinkedHashMap<>();
                    RunOutcome outcome = measure(context, month, work, peaks, period);
                    report(out, outcome.timings(), peaks, reference);
                    ran(out, outcome);
                    runs.add(new BenchSize(outcome.timings(), reference, peaks));
                    if (!keep) {
                        delete(month);
                    }
                    period = period.plusMonths(1);
                }
                BenchSize size = BenchSize.median(runs);
                if (repeat > 1) {
                    out.printf(Locale.ROOT, "%nmedian of %d runs of %,d rows (each phase's median, end to end"
                            + " their sum; peak heap: the largest of the runs)%n", repeat, n);
                    report(out, size.timings(), size.peaks(), size.reference());
                }
                sizes.add(size);
            }
            marginal(out, sizes);
        }
    }

    private void generate(PrintStream out, Path data, long n, YearMonth period) throws IOException {
        long started = System.nanoTime();
        if (reciprocal != null) {
            BenchData.reciprocal(data, reciprocal, receivers, 3, 42);
            out.printf(Locale.ROOT, "Generated a reciprocal network: %d service cost centers (about 3 links each), %d receivers "
                    + "in %.1f s%n", reciprocal, receivers, seconds(System.nanoTime() - started));
        } else {
            BenchData.usage(data, n, services, customers, System.nanoTime(), period);
            out.printf(Locale.ROOT, "%nGenerated usage.csv for %s: %,d rows, %d services, %d customers, %,d bytes in"
                    + " %.1f s%n", period, n, services, customers, Files.size(data.resolve("usage.csv")),
                    seconds(System.nanoTime() - started));
        }
    }

    private static RunOutcome measure(ConfigurableApplicationContext context, Path data, Path work,
                                      Map<String, Long> peaks, YearMonth period) {
        return measure(context, data, work, peaks, period, System.err);
    }

    private static RunOutcome measure(ConfigurableApplicationContext context, Path data, Path work,
                                      Map<String, Long> peaks, YearMonth period, PrintStream log) {
        try (HeapWatch heap = new HeapWatch()) {
            String[] current = {null};
            MonthlyRun.PhaseListener phases = name -> {
                if (current[0] != null) {
                    peaks.put(current[0], heap.peakBytes());
                }
                heap.reset();
                current[0] = name;
            };
            return context.getBean(MonthlyRun.class).run(new RunRequest(period, data,
                    data.resolve("rules.yaml"), work.resolve("out").resolve(period.toString()), false, null, "bench",
                    false), log, false, phases);
        }
    }

    private static void report(PrintStream out, RunOutcome.Timings t, Map<String, Long> peaks,
                               ReferenceParse.Result reference) {
        long total = t.importNanos() + t.postNanos() + t.exportNanos();
        out.printf(Locale.ROOT, "%-15s %10s %14s %14s%n", "phase", "seconds", "rows/second", "peak heap MB");
        line(out, "import", t.importNanos(), t.rowsRead(), peaks.get("import"));
        line(out, "allocate+post", t.postNanos(), t.rowsRead(), peaks.get("allocate+post"));
        line(out, "export", t.exportNanos(), t.rowsRead(), peaks.get("export"));
        long peak = peaks.values().stream().mapToLong(Long::longValue).max().orElse(0);
        line(out, "end to end", total, t.rowsRead(), peak);
        if (reference != null) {
            line(out, "bare parse", reference.nanos(), reference.rows(), null);
            out.printf(Locale.ROOT, "import / bare parse (one thread: Commons CSV + BigDecimal + HashMap): %.2fx;"
                    + " end to end / bare parse time: %.2fx%n", (t.rowsRead() / seconds(t.importNanos()))
                    / reference.rowsPerSecond(), total / (double) reference.nanos());
        }
    }

    private static void ran(PrintStream out, RunOutcome outcome) {
        RunOutcome.Timings t = outcome.timings();
        out.printf(Locale.ROOT, "%,d input rows, %,d flows, %,d journal lines; run %s%n", t.rowsRead(), t.flows(),
                t.journalLines(), outcome.runId());
    }

    /**
     * A small month first, not reported: the first import, allocation and export in a JVM also pay for loading and
     * compiling their code (about 4 s here), which would otherwise count as a cost of the first size and make the
     * marginal rate between sizes meaningless. Returns the next month.
     */
    private YearMonth warmUp(PrintStream out, ConfigurableApplicationContext context, Path data, Path work,
                             YearMonth period) throws IOException {
        out.printf(Locale.ROOT, "Warming up with a %,d-row month (%s, not reported) ...%n", WARM_UP_ROWS, period);
        Path month = data.resolve(period.toString());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        generate(quiet, month, WARM_UP_ROWS, period);
        measure(context, month, work, new LinkedHashMap<>(), period, quiet);
        delete(month);
        return period.plusMonths(1);
    }

    /** The cost of the rows between two sizes: what a larger month adds, free of the fixed costs. */
    private static void marginal(PrintStream out, List<BenchSize> sizes) {
        for (int i = 1; i < sizes.size(); i++) {
            BenchSize a = sizes.get(i - 1);
            BenchSize b = sizes.get(i);
            long rows = b.timings().rowsRead() - a.timings().rowsRead();
            if (b.timings().importNanos() <= a.timings().importNanos() || b.endToEnd() <= a.endToEnd()
                    || b.reference().nanos() <= a.reference().nanos()) {
                out.printf(Locale.ROOT, "%nmarginal %,d -> %,d rows: not measurable (the larger size did not take"
                        + " longer: the machine was busy); give sizes further apart%n", a.timings().rowsRead(),
                        b.timings().rowsRead());
                continue;
            }
            double importRate = rows / seconds(b.timings().importNanos() - a.timings().importNanos());
            double endRate = rows / seconds(b.endToEnd() - a.endToEnd());
            double parseRate = rows / seconds(b.reference().nanos() - a.reference().nanos());
            out.printf(Locale.ROOT, "%nmarginal %,d -> %,d rows: import %,.0f rows/s, end to end %,.0f rows/s, bare"
                    + " parse %,.0f rows/s; import / bare parse %.2fx%n", a.timings().rowsRead(),
                    b.timings().rowsRead(), importRate, endRate, parseRate, importRate / parseRate);
        }
    }

    private static void line(PrintStream out, String phase, long nanos, long rows, Long peakBytes) {
        out.printf(Locale.ROOT, "%-15s %10.2f %,14.0f %14s%n", phase, seconds(nanos), rows / seconds(nanos),
                peakBytes == null ? "" : String.valueOf(peakBytes >> 20));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
