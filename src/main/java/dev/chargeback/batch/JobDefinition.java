package dev.chargeback.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of one job, from {@code jobs/<name>.yaml}: the chunk size of a chunk-oriented job, whether a failed
 * execution may be restarted, and the name of a tasklet job's one step (the import's steps come from its input
 * files). The
 * engine reads every key of the file and refuses any other, so the file cannot hold settings that do nothing; what
 * a job does is said in the file's comments and in its class's documentation.
 */
public record JobDefinition(String name, int chunkSize, boolean restartable, List<String> steps) {
    /** The chunk size of a tasklet job, which has none. */
    public static final int NO_CHUNKS = 0;
    /** The keys a job file may have. */
    public static final Set<String> KEYS = Set.of("chunk_size", "restartable", "steps");

    public JobDefinition {
        steps = List.copyOf(steps);
    }

    public static JobDefinition load(String name) {
        String resource = "/jobs/" + name + ".yaml";
        try (InputStream in = JobDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("job definition " + resource + " is missing from the build");
            }
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a job file; a key the engine does not read, a duplicate key or a value of the wrong type is refused. */
    public static JobDefinition parse(String name, Reader yaml) {
        String file = "jobs/" + name + ".yaml";
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalStateException(file + ": expected a mapping of " + String.join(", ", new TreeSet<>(KEYS)));
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalStateException(file + ": unknown key '" + key + "'; a job file has only "
                        + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        Object chunk = map.containsKey("chunk_size") ? map.get("chunk_size") : NO_CHUNKS;
        if (!(chunk instanceof Integer size) || (size < 1 && map.containsKey("chunk_size"))) {
            throw new IllegalStateException(file + ": chunk_size must be a whole number of at least 1");
        }
        if (!(map.get("restartable") instanceof Boolean restartable)) {
            throw new IllegalStateException(file + ": restartable must be true or false");
        }
        Object steps = map.containsKey("steps") ? map.get("steps") : List.of();
        if (!(steps instanceof List<?> list) || !list.stream().allMatch(s -> s instanceof String)) {
            throw new IllegalStateException(file + ": steps must be a list of step names");
        }
        return new JobDefinition(name, size, restartable, list.stream().map(String.class::cast).toList());
    }

    /** A job of these steps (built by the job's class), in order, named and restartable as this definition says. */
    public Job job(JobRepository repository, List<Step> steps) {
        return build(repository, steps);
    }

    private Job build(JobRepository repository, List<Step> steps) {
        SimpleJobBuilder job = new JobBuilder(name, repository).start(steps.getFirst());
        steps.subList(1, steps.size()).forEach(job::next);
        if (!restartable) {
            job.preventRestart();
        }
        return job.build();
    }

    /** A job of one tasklet step (this definition's only step) whose work runs in one transaction. */
    public Job taskletJob(JobRepository repository, PlatformTransactionManager transactions, Runnable work) {
        if (steps.size() != 1 || chunkSize != NO_CHUNKS) {
            throw new IllegalStateException("jobs/" + name + ".yaml: a tasklet job names exactly one step and has no"
                    + " chunk_size");
        }
        Step step = new StepBuilder(steps.getFirst(), repository)
                .tasklet((contribution, context) -> {
                    work.run();
                    return RepeatStatus.FINISHED;
                }, transactions).build();
        return build(repository, List.of(step));
    }
}
