package dev.chargeback.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ./chargeback starts long work (run, bench, export) on the throughput collector and look-ups on the JVM's default,
 * and a collector named in CHARGEBACK_JAVA_OPTS replaces its choice (the JVM refuses two). The launcher is run from a
 * copy of the project whose jar is {@link CollectorsProbe}, which prints the collectors it got.
 */
class LauncherCollectorTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String PARALLEL = "PS MarkSweep,PS Scavenge";
    private static final String G1 = "G1 Concurrent GC,G1 Old Generation,G1 Young Generation";
    private static final String SERIAL = "Copy,MarkSweepCompact";
    /** The java running the tests, to ask for the JVM's default collector. */
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

    @TempDir
    Path copy;

    @BeforeEach
    void copyOfTheLauncherWithAProbeForAJar() throws IOException {
        Files.copy(PROJECT.resolve("chargeback"), copy.resolve("chargeback"));
        copy.resolve("chargeback").toFile().setExecutable(true);
        Files.createDirectories(copy.resolve("scripts"));
        Files.copy(PROJECT.resolve("scripts/find-jdk.sh"), copy.resolve("scripts/find-jdk.sh"));
        Files.createDirectories(copy.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CollectorsProbe.class.getName());
        String entry = CollectorsProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(copy.resolve("target/chargeback.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             var probe = CollectorsProbe.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            probe.transferTo(jar);
            jar.closeEntry();
        }
    }

    @Test
    void longWorkRunsOnTheThroughputCollectorAndLookUpsOnTheDefault() throws Exception {
        assertEquals(PARALLEL, collectors(null, "run"));
        assertEquals(PARALLEL, collectors(null, "bench"));
        assertEquals(PARALLEL, collectors(null, "export"));
        String jvmDefault = Commands.run(copy, Map.of(), List.of(JAVA, "-jar", "target/chargeback.jar"),
                List.of("java -jar")).out().strip();
        assertEquals(jvmDefault, collectors(null, "status"));
        assertEquals(jvmDefault, collectors(null, "verify"));
    }

    @Test
    void aCollectorNamedInTheJavaOptionsWins() throws Exception {
        assertEquals(SERIAL, collectors("-Xmx256m -XX:+UseSerialGC", "run"));
        assertEquals(G1, collectors("-XX:+UseG1GC", "bench"));
        assertEquals(PARALLEL, collectors("-Xmx256m", "run"), "other options leave the choice as it was");
    }

    private String collectors(String javaOptions, String command) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("CHARGEBACK_JAVA_OPTS", javaOptions);
        env.put("CHARGEBACK_AOT", "off");
        Commands.Result r = Commands.run(copy, env, List.of(copy.resolve("chargeback").toString(), command),
                List.of("chargeback", command));
        assertEquals(0, r.exit(), r::toString);
        return r.out().strip();
    }
}
