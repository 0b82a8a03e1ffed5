package dev.chargeback.run;

import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.Allocator;
import dev.chargeback.archive.InputArchive;
import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.Importer;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.period.Periods;
import dev.chargeback.report.Manifest;
import dev.chargeback.report.RunStatus;
import dev.chargeback.report.RunTotals;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.rules.RuleSet;
import dev.chargeback.rules.RulesException;
import dev.chargeback.rules.RulesFile;
import dev.chargeback.run.internal.PostingGuard;
import dev.chargeback.run.internal.PostingJob;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One command per month: import, allocate and post, export. Rejected input rows stop the posting unless the
 * request accepts them; rejects.csv and the manifest are written either way.
 */
public final class MonthlyRun {
    private final Importer importJob;
    private final PostingJob postingJob;
    private final RunExport exportJob;
    private final Periods periods;
    private final RunOutputs files;
    private final Clock clock;
    private final String codeVersion;
    private final RunArchive archive;
    private final InputArchive inputs;

    public MonthlyRun(Importer importJob, PostingJob postingJob, RunExport exportJob, Periods periods,
                      RunOutputs files, Clock clock, String codeVersion, RunArchive archive, InputArchive inputs) {
        this.archive = archive;
        this.inputs = inputs;
        this.files = files;
        this.importJob = importJob;
        this.postingJob = postingJob;
        this.exportJob = exportJob;
        this.periods = periods;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    /** Told when each phase (import, post, export) starts and when the run ends; the benchmark measures with it. */
    public interface PhaseListener {
        void phase(String name);
    }

    public RunOutcome run(RunRequest request, PrintStream log, boolean interactive) {
        return run(request, log, interactive, name -> { });
    }

    public RunOutcome run(RunRequest request, PrintStream log, boolean interactive, PhaseListener phases) {
        return run(request, log, interactive, phases, null);
    }

    /**
     * A dry run (the request's {@code dryRun} is implied) that writes its outputs and then hands the would-be run
     * to {@code reader} inside the transaction that is rolled back: `compare --methods` reads each method's
     * figures so. Returns what the reader returned.
     */
    public <T> T dryRun(RunRequest request, PrintStream log, boolean interactive,
                        java.util.function.Function<RunId, T> reader) {
        List<T> read = new java.util.ArrayList<>(1);
        run(request, log, interactive, name -> { }, runId -> read.add(reader.apply(runId)));
        return read.getFirst();
    }

    private RunOutcome run(RunRequest request, PrintStream log, boolean interactive, PhaseListener phases,
                           java.util.function.Consumer<RunId> dryRunReader) {
        Instant started = clock.instant();
        if (!Files.isDirectory(request.data())) {
            throw new dev.chargeback.ingest.InputFileException("data directory " + request.data()
                    + " does not exist (give --data DIR)");
        }
        RuleSet rules = loadRules(request);
        if (!request.dryRun()) {
            periods.requireOpen(request.period());
        }
        PostingGuard.Seen seen = request.dryRun() ? PostingGuard.ANY : postingJob.seen(request.period());
        log.println("Importing " + request.data() + " for " + request.period() + " ...");
        phases.phase("import");
        long t0 = System.nanoTime();
        ImportResult imported = importJob.importFiles(request.data(), request.period(), rules.currency(),
                needed(rules), log, interactive, (costCenters, services) -> checkRules(rules, costCenters, services));
        BackgroundArchive archiving = BackgroundArchive.start(inputs, imported, request.rules(), rules.sha256(), log);
        try {
            return allocate(request, log, phases, dryRunReader, started, rules, seen, imported, archiving, t0);
        } finally {
            archiving.awaitQuietly();
        }
    }

    /** After the import: refuse rejects, skip an identical rerun, or allocate, post (or preview) and export. */
    private RunOutcome allocate(RunRequest request, PrintStream log, PhaseListener phases,
                                java.util.function.Consumer<RunId> dryRunReader, Instant started, RuleSet rules,
                                PostingGuard.Seen seen, ImportResult imported, BackgroundArchive archiving, long t0) {
        RunId runId = RunId.next(request.period(), ThreadLocalRandom.current());
        if (imported.rejected() > 0 && !request.acceptRejects()) {
            archiving.finish();
            Path folder = writeRejected(request, rules, imported, runId, started);
            throw new RejectsFoundException(imported.rejected(), imported.rejects().isEmpty() ? null
                    : imported.rejects().getFirst(), folder.resolve("rejects.csv"));
        }
        var same = request.dryRun() || request.repost() ? java.util.Optional.<RunHeader>empty()
                : archive.inForce(request.period()).filter(run -> identical(run, rules, imported));
        if (same.isPresent()) {
            archiving.finish();
            phases.phase("done");
            return RunOutcome.identicalTo(same.get().runId(), request.out());
        }
        phases.phase("allocate+post");
        long t1 = System.nanoTime();
        if (request.dryRun() || dryRunReader != null) {
            archiving.finish();
            log.println("Dry run: allocating (" + rules.method().word() + ", " + rules.rules().size()
                    + " pools) and writing what run " + runId + " would post; nothing is posted ...");
            Manifest preview = postingJob.preview(runId, request.period(), rules, request.rules().toString(),
                    imported, request.acceptRejects(), request.user(), codeVersion, started, id -> {
                        Manifest written = files.write(id, request.out(), RunStatus.DRY_RUN,
                                List.of(PostingJob.DRY_RUN_NOTE));
                        if (dryRunReader != null) {
                            dryRunReader.accept(id);
                        }
                        return written;
                    });
            preview.warnings().forEach(w -> log.println("  warning: " + w));
            return new RunOutcome(runId, request.out(), preview, null);
        }
        log.println("Allocating (" + rules.method().word() + ", " + rules.rules().size() + " pools) and posting run "
                + runId + " ...");
        PostingJob.Posted posted = postingJob.run(runId, request.period(), rules, request.rules().toString(), imported,
                request.acceptRejects(), request.user(), codeVersion, started, seen, archiving::finish);
        phases.phase("export");
        long t2 = System.nanoTime();
        posted.run().warnings().forEach(w -> log.println("  warning: " + w));
        if (posted.run().supersedesRunId() != null) {
            log.println("  reversed run " + posted.run().supersedesRunId() + " (" + posted.run().reversals().size()
                    + " entries) before posting");
        }
        int flows = posted.run().flows().size();
        int lines = posted.run().entries().stream().mapToInt(e -> e.lines().size()).sum();
        posted = null; // its 100,000 flows and journal lines: garbage before the export reads the run back
        Manifest manifest = exportJob.export(runId, request.out());
        long t3 = System.nanoTime();
        phases.phase("done");
        return new RunOutcome(runId, request.out(), manifest, new RunOutcome.Timings(t1 - t0, t2 - t1, t3 - t2,
                imported.files().stream().mapToLong(f -> f.rowsRead()).sum(), flows, lines));
    }

    /** The run in force read the same inputs (files and reference data) with the same rules and method. */
    private static boolean identical(RunHeader inForce, RuleSet rules, ImportResult imported) {
        return inForce.inputsSha256().equals(imported.inputsSha256()) && inForce.rulesSha256().equals(rules.sha256())
                && inForce.method().equals(rules.method().word()) && inForce.currency().equals(rules.currency());
    }

    private static RuleSet loadRules(RunRequest request) {
        try {
            RuleSet rules = RulesFile.load(request.rules());
            return request.method() == null ? rules : rules.withMethod(request.method());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new dev.chargeback.ingest.InputFileException("missing rules file " + request.rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules against the organisation, before the large files are imported: unknown cost centers and services,
     * shares, rates, capacities, step order. Only "this driver has no data in the period" waits for the data.
     */
    private static void checkRules(RuleSet rules, List<CostCenter> costCenters, List<ServiceOffering> services) {
        List<String> problems = Allocator.checkRules(rules.allocation(), costCenters, services);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }

    /** The kinds of driver the rules use: the import requires the files those drivers read. */
    static Set<DriverRef.Kind> needed(RuleSet rules) {
        return rules.rules().stream().filter(r -> r.driver() != null).map(r -> r.driver().kind())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Nothing posted: rejects.csv and a manifest that says so, beside a posted run's files (never over them). */
    private Path writeRejected(RunRequest request, RuleSet rules, ImportResult imported, RunId runId, Instant started) {
        Manifest manifest = new Manifest(runId, RunStatus.REJECTED, request.period(), rules.method().word(), List.of(),
                rules.currency(), request.rules().toString(), rules.sha256(), imported.files(), imported.inputsSha256(),
                codeVersion, request.user(), started, clock.instant(), RunTotals.rejected(imported.rejected()), false, null, null, List.of(),
                List.of(imported.rejected() + " rejected rows; nothing was posted (use --accept-rejects to post"
                        + " what was accepted)"));
        return files.writeRejected(manifest, imported.rejects(), request.out());
    }
}
