package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.batch.JobDefinition;
import dev.chargeback.batch.JobRunner;
import dev.chargeback.fingerprint.Sha256;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ingest.Importer;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.Reject;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.YearMonth;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans, launches and reports the import job: per file present, in the order of {@link InputFiles}, a partitioned
 * step ({@link FilePartitions}: record-aligned byte ranges imported on every core, each committing its own totals)
 * and a merge step ({@link FileMerge}: the file's batch), each file checked against the reference data imported
 * before it. The job is identified by the period and the hashes of the inputs (each file's content and reference
 * data), so a killed import, launched again, resumes: completed files and partitions are not read again. The
 * restart policy comes from {@code jobs/import.yaml}.
 */
final class ImportJob implements Importer {
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobRunner runner;
    private final ImportStore store;
    private final PartitionStore partitions;
    private final ImportSettings settings;
    private final JobDefinition definition = JobDefinition.load("import");

    ImportJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
              ImportStore store, PartitionStore partitions, ImportSettings settings) {
        this.repository = repository;
        this.transactions = transactions;
        this.runner = runner;
        this.store = store;
        this.partitions = partitions;
        this.settings = settings;
    }

    @Override
    public ImportResult importFiles(Path data, YearMonth period, String currency, Set<DriverRef.Kind> drivers,
                                    PrintStream log, boolean interactive, OrganisationCheck check) {
        return run(data, period, currency, drivers, new ImportProgress(log, interactive), check);
    }

    /**
     * @param drivers the kinds of driver the rules use: a file that only a driver needs is required when a rule uses
     *                that driver (and imported whenever present)
     */
    ImportResult run(Path data, YearMonth period, String currency, Set<DriverRef.Kind> drivers,
                     ImportProgress progress, OrganisationCheck check) {
        List<PlannedFile> plan = plan(data, currency, drivers);
        String inputs = sha256(String.join("|", plan.stream().map(f -> f.kind().hashName() + ":"
                + f.contextSha256() + ":" + f.sha256()).toList()));
        for (PlannedFile f : plan) {
            if (store.find(period, f.kind(), f.sha256(), f.contextSha256()).isPresent()) {
                progress.reused(f);
            }
        }
        int closedBefore = runner.closedStaleExecutions().size();
        runner.run(job(period, currency, plan, progress, check), new JobParametersBuilder()
                .addString("period", period.toString()).addString("inputs", inputs)
                .addString("data", data.toAbsolutePath().toString(), false).toJobParameters());
        runner.closedStaleExecutions().stream().skip(closedBefore).forEach(progress::note);
        List<FileImport> files = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (PlannedFile f : plan) {
            long id = store.find(period, f.kind(), f.sha256(), f.contextSha256()).orElseThrow(() ->
                    new IllegalStateException("the import of " + f.kind().fileName() + " did not complete"));
            files.add(store.summary(id, false));
            rejects.addAll(store.rejects(id));
        }
        return new ImportResult(period, files, rejects, inputs);
    }

    /**
     * Per file, a partitioned step (its partitions run on {@link ImportSettings#threadCount()} threads) and the
     * step that merges them; the organisation check right after the files that describe it.
     */
    private Job job(YearMonth period, String currency, List<PlannedFile> plan, ImportProgress progress,
                    OrganisationCheck check) {
        List<Step> steps = new ArrayList<>();
        boolean checked = false;
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("import-");
        threads.setConcurrencyLimit(settings.threadCount());
        for (PlannedFile file : plan) {
            if (!checked && !file.input().describesOrganisation()) {
                steps.add(checkStep(period, plan, check));
                checked = true;
            }
            steps.add(partitionedStep(file, new FilePartitions(period, file, store, partitions,
                    () -> reference(period, currency, plan), progress, settings), threads));
            steps.add(new StepBuilder(file.kind().word() + "-merge", repository)
                    .tasklet(new FileMerge(period, file, store, partitions, progress), transactions).build());
        }
        if (!checked) {
            steps.add(checkStep(period, plan, check));
        }
        return definition.job(repository, steps);
    }

    private Step partitionedStep(PlannedFile file, FilePartitions partitions, SimpleAsyncTaskExecutor threads) {
        String name = file.kind().word();
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(new StepBuilder(name + "-partition", repository).tasklet(partitions, transactions).build());
        handler.setTaskExecutor(threads);
        handler.setGridSize(settings.threadCount());
        return new StepBuilder(name, repository).partitioner(name + "-partition", partitions)
                .partitionHandler(handler).build();
    }

    /**
     * A tasklet step that hands the imported organisation to the check; it fails the job when the check throws. When
     * rows of the organisation were rejected (a cost center that is its own parent ...), the check is left out: it
     * would blame the rules for a cost center the file holds, and the rejects, named with their lines, stop the run.
     */
    private Step checkStep(YearMonth period, List<PlannedFile> plan, OrganisationCheck check) {
        return new StepBuilder("check-organisation", repository).tasklet((contribution, context) -> {
            ImportedDataBuilder organisation = new ImportedDataBuilder();
            for (PlannedFile f : plan) {
                if (f.input().describesOrganisation()) {
                    var id = store.find(period, f.kind(), f.sha256(), f.contextSha256());
                    if (id.isEmpty() || store.summary(id.get(), false).rejected() > 0) {
                        return RepeatStatus.FINISHED;
                    }
                    f.input().load(id.get(), store, organisation);
                }
            }
            ImportedData data = organisation.build();
            check.check(data.costCenters(), data.services());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** The reference data for a file's rows: what the files imported before it provide. */
    private Reference reference(YearMonth period, String currency, List<PlannedFile> plan) {
        Reference reference = Reference.start(period, currency);
        for (PlannedFile f : plan) {
            var id = store.find(period, f.kind(), f.sha256(), f.contextSha256());
            if (id.isEmpty()) {
                break;
            }
            reference = f.input().provide(reference, id.get(), store);
        }
        return reference;
    }

    private List<PlannedFile> plan(Path data, String currency, Set<DriverRef.Kind> drivers) {
        if (!Files.isDirectory(data)) {
            throw new InputFileException("data directory " + data + " does not exist");
        }
        List<PlannedFile> plan = new ArrayList<>();
        String context = sha256("currency:" + currency);
        for (InputFile input : InputFiles.ALL) {
            Path path = data.resolve(input.kind().fileName());
            if (!Files.isRegularFile(path)) {
                if (input.neededFor().map(drivers::contains).orElse(true)) {
                    throw new InputFileException("missing required file " + path + " (" + input.kind().fileName()
                            + " with columns " + String.join(", ", input.required()) + ")");
                }
                continue;
            }
            String sha = fileSha256(path);
            plan.add(new PlannedFile(input, path, sha, size(path), context));
            if (input.providesReference()) {
                context = sha256(context + "|" + input.kind().hashName() + ":" + sha);
            }
        }
        return plan;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileSha256(Path path) {
        try {
            return Sha256.ofFile(path);
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        return Sha256.of(text);
    }
}
