package dev.chargeback.run.internal;

import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.AllocationException;
import dev.chargeback.allocation.AllocationInput;
import dev.chargeback.allocation.AllocationResult;
import dev.chargeback.allocation.Allocator;
import dev.chargeback.batch.JobDefinition;
import dev.chargeback.batch.JobRunner;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ledger.Journal;
import dev.chargeback.ledger.InputsCheck;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.PostedRun;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.report.Manifest;
import dev.chargeback.report.RunStatus;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.rules.RuleSet;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.YearMonth;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The allocate job: one tasklet step whose transaction loads the imported totals, allocates them with the pure
 * core, checks conservation and balance, reverses the run in force and posts the new one. A failure anywhere rolls
 * the whole posting back: the ledger is as it was.
 */
public final class PostingJob {
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobRunner runner;
    private final ImportedBatches imports;
    private final Ledger ledger;
    private final PostingGuard guard;
    private final Clock clock;
    /** What a dry run's manifest says. */
    public static final String DRY_RUN_NOTE = "dry run: nothing was posted; the ledger is as it was";
    private final JobDefinition definition = JobDefinition.load("allocate");

    public PostingJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                      ImportedBatches imports, Ledger ledger, PostingGuard guard, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.runner = runner;
        this.imports = imports;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /** What the posting gave: the result of the allocation (for the console) and the posted run. */
    public record Posted(AllocationResult result, PostedRun run, String ledgerHash) {
    }

    /** The run in force as a run starts: it posts only if that is still the run in force (PostingGuard). */
    public PostingGuard.Seen seen(YearMonth period) {
        return guard.seen(period);
    }

    public Posted run(RunId runId, YearMonth period, RuleSet rules, String rulesFile, ImportResult imported,
                      boolean acceptedRejects, String user, String codeVersion, Instant started,
                      PostingGuard.Seen seen, Runnable beforeCommit) {
        Posted[] posted = new Posted[1];
        // identified by the work (period, inputs, rules, the run it supersedes), never by the new run's id
        runner.runAgain(definition.taskletJob(repository, transactions, () -> posted[0] = post(runId, period, rules,
                rulesFile, imported, acceptedRejects, user, codeVersion, started, seen, beforeCommit)),
                new JobParametersBuilder()
                .addString("period", period.toString()).addString("inputs", imported.inputsSha256())
                .addString("rules", rules.sha256() + ":" + rules.method().word())
                .addString("accept_rejects", String.valueOf(acceptedRejects))
                .addString("supersedes", ledger.runInForce(period).map(RunId::value).orElse("none"))
                .addString("run_id", runId.value(), false).toJobParameters());
        return posted[0];
    }

    /**
     * A dry run: allocates, posts and writes the outputs exactly as a run would, inside one transaction that is
     * then rolled back. The files show what would be posted (with the reversal of the run in force); the ledger is
     * untouched, so a closed period allows it.
     */
    public Manifest preview(RunId runId, YearMonth period, RuleSet rules, String rulesFile, ImportResult imported,
                            boolean acceptedRejects, String user, String codeVersion, Instant started, RunOutputs files,
                            java.nio.file.Path out) {
        return preview(runId, period, rules, rulesFile, imported, acceptedRejects, user, codeVersion, started,
                id -> files.write(id, out, RunStatus.DRY_RUN, List.of(DRY_RUN_NOTE)));
    }

    /** A dry run that hands the would-be run to {@code inside} (which may read it) before the rollback. */
    public <T> T preview(RunId runId, YearMonth period, RuleSet rules, String rulesFile, ImportResult imported,
                         boolean acceptedRejects, String user, String codeVersion, Instant started,
                         java.util.function.Function<RunId, T> inside) {
        var template = new org.springframework.transaction.support.TransactionTemplate(transactions);
        return template.execute(status -> {
            post(runId, period, rules, rulesFile, imported, acceptedRejects, user, codeVersion, started,
                    PostingGuard.ANY, () -> { });
            status.setRollbackOnly();
            return inside.apply(runId);
        });
    }

    /**
     * The allocation's warnings, GL lines that --accept-rejects left out (they are in no pool's cost), and the job
     * executions a killed process had left running that this command closed before it went on (so the run's
     * manifest says a crash came before it, and what was done about it).
     */
    private static List<String> warnings(AllocationResult result, ImportResult imported, List<String> staleClosed) {
        List<String> warnings = new ArrayList<>(result.warnings());
        staleClosed.forEach(note -> warnings.add("recovered from a crash: " + note));
        imported.files().stream().filter(f -> f.kind() == dev.chargeback.ingest.InputKind.COSTS && f.rejected() > 0)
                .forEach(f -> warnings.add(f.rejected() + " rejected row(s) of costs.csv are in no pool: cost in"
                        + " excludes them; reconcile them with the general ledger (see rejects.csv)"));
        return warnings;
    }

    /**
     * The allocation of the imported data. In a method of its own so that the data (100,000 driver totals, read
     * back from the ledger) is garbage once it returns: the posting that follows writes as many flows and journal
     * lines, and on a 256 MB heap every megabyte still reachable costs collections.
     */
    private AllocationResult allocate(YearMonth period, RuleSet rules, ImportResult imported) {
        ImportedData data = imports.load(imported);
        return Allocator.allocate(new AllocationInput(period, rules.currency(), rules.allocation(),
                data.costCenters(), data.services(), data.costs(), data.drivers()));
    }

    private Posted post(RunId runId, YearMonth period, RuleSet rules, String rulesFile, ImportResult imported,
                        boolean acceptedRejects, String user, String codeVersion, Instant started,
                        PostingGuard.Seen seen, Runnable beforeCommit) {
        RunId superseded = guard.lockAndCheck(period, seen); // first: the state and run in force after the lock
        InputsCheck inputs = ledger.checkInputs(imported.batchIds()); // beside the allocation; post waits for it
        AllocationResult result = allocate(period, rules, imported);
        List<JournalEntry> entries = Journal.fromFlows(result.flows(), rules::accountOf, rules.recoveryAccount());
        List<JournalEntry> reversals = superseded == null ? List.of()
                : Journal.reverse(superseded.value(), ledger.allocationEntries(superseded), entries.size());
        List<String> unbalanced = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (!e.balances()) {
                unbalanced.add("entry " + e.entryNo() + " (" + e.pool() + ") debits " + e.debits() + " credits "
                        + e.credits());
            }
        }
        if (!unbalanced.isEmpty()) {
            throw new AllocationException(unbalanced);
        }
        Set<String> withPools = Set.copyOf(rules.rules().stream().map(r -> r.costCenter()).toList());
        long landed = result.flows().stream().filter(f -> !f.kind().isRemainder() && !withPools.contains(f.receiver()))
                .mapToLong(f -> f.amount()).sum();
        PostedRun run = new PostedRun(runId, period, rules.method().word(), rules.currency(), rules.sha256(),
                rulesFile, rules.text(), imported.inputsSha256(), superseded, user, codeVersion, started.truncatedTo(ChronoUnit.MILLIS),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), result.costIn(), landed, result.remainders(),
                acceptedRejects, imported.rejected(), result.detail(), warnings(result, imported, runner.closedStaleExecutions()),
                imported.batchIds(),
                result.flows(), result.pools(), reversals,
                entries);
        String head = ledger.post(run, inputs);
        beforeCommit.run(); // e.g. the inputs' archive, written meanwhile: a failure there rolls the posting back
        dev.chargeback.batch.PhasePause.at("posting");
        return new Posted(result, run, head);
    }
}
