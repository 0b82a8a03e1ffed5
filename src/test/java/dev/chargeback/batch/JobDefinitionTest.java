package dev.chargeback.batch;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionTest {

    @Test
    void theCommittedJobFilesSayWhatTheEngineRuns() {
        assertThat(JobDefinition.load("import")).isEqualTo(new JobDefinition("import", JobDefinition.NO_CHUNKS, true, List.of()));
        assertThat(JobDefinition.load("allocate")).isEqualTo(new JobDefinition("allocate", JobDefinition.NO_CHUNKS,
                true, List.of("allocate-and-post")));
        assertThat(JobDefinition.load("export")).isEqualTo(new JobDefinition("export", JobDefinition.NO_CHUNKS,
                true, List.of("write-files")));
    }

    @Test
    void aKeyTheEngineDoesNotReadIsRefused() {
        assertThatThrownBy(() -> parse("chunk_size: 10\nrestartable: true\nskip_policy: { policy: none }\n"))
                .hasMessage("jobs/test.yaml: unknown key 'skip_policy'; a job file has only chunk_size, restartable,"
                        + " steps");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertThatThrownBy(() -> parse("chunk_size: 10\nrestartable: true\nchunk_size: 20\n"))
                .hasMessageStartingWith("jobs/test.yaml: ").hasMessageContaining("duplicate key chunk_size");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> parse("chunk_size: ten\nrestartable: true\n"))
                .hasMessage("jobs/test.yaml: chunk_size must be a whole number of at least 1");
        assertThatThrownBy(() -> parse("restartable: sometimes\n"))
                .hasMessage("jobs/test.yaml: restartable must be true or false");
        assertThatThrownBy(() -> parse("restartable: true\nsteps: [{ name: a }]\n"))
                .hasMessage("jobs/test.yaml: steps must be a list of step names");
    }

    private static JobDefinition parse(String yaml) {
        return JobDefinition.parse("test", new StringReader(yaml));
    }
}
