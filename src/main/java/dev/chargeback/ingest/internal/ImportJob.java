package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.batch.JobDefinition;
import dev.chargeback.batch.JobRunner;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.LedgerHash;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans, launches and reports the import job: one chunk-oriented step per file present, in the order of
 * {@code jobs/import.yaml}, each checked against the reference data imported before it.
 */
public final class ImportJob {
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobRunner runner;
    private final ImportStore store;
    private final JobDefinition definition = JobDefinition.load("import");

    public ImportJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                     ImportStore store) {
        this.repository = repository;
        this.transactions = transactions;
        this.runner = runner;
        this.store = store;
    }

    /**
     * @param needed the optional files the rules need (timesheets, usage, drivers); the others are always needed
     */
    public ImportResult run(Path data, String period, String currency, Set<InputKind> needed, ImportProgress progress) {
        List<PlannedFile> plan = plan(data, currency, needed);
        String inputs = sha256(String.join("|", plan.stream().map(f -> f.kind() + ":" + f.contextSha256() + ":"
                + f.sha256()).toList()));
        for (PlannedFile f : plan) {
            if (store.find(period, f.kind(), f.sha256(), f.contextSha256()).isPresent()) {
                progress.reused(f);
            }
        }
        runner.run(job(period, currency, plan, progress), new JobParametersBuilder().addString("period", period)
                .addString("inputs", inputs).addString("data", data.toAbsolutePath().toString(), false)
                .toJobParameters());
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

    private Job job(String period, String currency, List<PlannedFile> plan, ImportProgress progress) {
        List<Step> steps = new ArrayList<>();
        for (PlannedFile file : plan) {
            FileImportStep step = new FileImportStep(period, file, store, () -> reference(period, currency, plan),
                    progress);
            steps.add(new StepBuilder(file.kind().word(), repository)
                    .<List<CsvRow>, List<Outcome>>chunk(definition.chunkSize())
                    .transactionManager(transactions).reader(step).processor(step).writer(step).listener(step)
                    .build());
        }
        return definition.job(repository, steps);
    }

    /** The reference data for a file's rows: the cost centers, services and periods imported before it. */
    private Reference reference(String period, String currency, List<PlannedFile> plan) {
        List<CostCenter> centers = List.of();
        List<ServiceOffering> services = List.of();
        Set<String> periods = new HashSet<>();
        for (PlannedFile f : plan) {
            var id = store.find(period, f.kind(), f.sha256(), f.contextSha256());
            if (id.isEmpty()) {
                break;
            }
            switch (f.kind()) {
                case COST_CENTERS -> centers = store.costCenters(id.get());
                case SERVICES -> services = store.services(id.get());
                case COSTS -> periods.addAll(store.periodsSeen(id.get()));
                default -> { }
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> parents = new HashSet<>();
        centers.forEach(c -> {
            ids.add(c.id());
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        });
        Set<String> leaves = new HashSet<>(ids);
        leaves.removeAll(parents);
        return new Reference(period, periods, currency, ids, leaves, ImportStore.owners(services));
    }

    private List<PlannedFile> plan(Path data, String currency, Set<InputKind> needed) {
        if (!Files.isDirectory(data)) {
            throw new InputFileException("data directory " + data + " does not exist");
        }
        List<PlannedFile> plan = new ArrayList<>();
        String context = sha256("currency:" + currency);
        for (InputKind kind : InputKind.values()) {
            Path path = data.resolve(kind.fileName());
            boolean required = switch (kind) {
                case COST_CENTERS, SERVICES, COSTS -> true;
                default -> needed.contains(kind);
            };
            if (!Files.isRegularFile(path)) {
                if (required) {
                    throw new InputFileException("missing required file " + path + " (" + kind.fileName()
                            + " with columns " + String.join(", ", kind.required()) + ")");
                }
                continue;
            }
            String sha = fileSha256(path);
            plan.add(new PlannedFile(kind, path, sha, size(path), context));
            if (kind == InputKind.COST_CENTERS || kind == InputKind.SERVICES || kind == InputKind.COSTS) {
                context = sha256(context + "|" + kind + ":" + sha);
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
            return LedgerHash.sha256(path);
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        return LedgerHash.sha256(text);
    }
}
