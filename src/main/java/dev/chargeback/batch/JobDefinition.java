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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One job as defined in {@code jobs/<name>.yaml}: the file a user reads first to learn what a job does, and the
 * settings the engine takes from it (chunk size, restartability, step order), so that the two cannot drift.
 */
public record JobDefinition(String name, String description, int chunkSize, boolean restartable, List<String> steps,
                            Map<String, Object> raw) {

    public static JobDefinition load(String name) {
        String resource = "/jobs/" + name + ".yaml";
        try (InputStream in = JobDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("job definition " + resource + " is missing from the build");
            }
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new JobDefinition((String) map.get("name"), (String) map.get("description"),
                    ((Number) map.getOrDefault("chunk_size", 1)).intValue(),
                    "restartable".equals(String.valueOf(((Map<?, ?>) map.get("restart")).get("policy"))),
                    stepNames(map), map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job of these steps, in order, named and restartable as this definition says. */
    public Job job(JobRepository repository, List<Step> steps) {
        SimpleJobBuilder job = new JobBuilder(name, repository).start(steps.getFirst());
        steps.subList(1, steps.size()).forEach(job::next);
        if (!restartable) {
            job.preventRestart();
        }
        return job.build();
    }

    /** A job of one tasklet step whose work runs in one transaction. */
    public Job taskletJob(JobRepository repository, PlatformTransactionManager transactions, Runnable work) {
        Step step = new StepBuilder(steps.isEmpty() ? name : steps.getFirst(), repository)
                .tasklet((contribution, context) -> {
                    work.run();
                    return RepeatStatus.FINISHED;
                }, transactions).build();
        return job(repository, List.of(step));
    }

    private static List<String> stepNames(Map<String, Object> map) {
        Object steps = map.get("steps");
        if (!(steps instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(s -> s instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(s))
                .toList();
    }
}
