package dev.chargeback.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launchers (./chargeback, ./build, ./mvnw through scripts/find-jdk.sh) refuse a JDK older than the build's
 * release 25, saying which one is needed and what they found, also when JAVA_HOME points at it.
 */
class LauncherJdkTest {
    private static final Path JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void everyLauncherRefusesJavaHomeOnAJdk17() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(JDK_17.resolve("bin/javac")), "no JDK 17 at " + JDK_17);
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", JDK_17.toString());
        for (String launcher : new String[]{"chargeback", "build", "mvnw"}) {
            Commands.Result r = Commands.run(dir, env, List.of(PROJECT.resolve(launcher).toString(), "--version"),
                    List.of(launcher));
            assertEquals(1, r.exit(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals("chargeback: JDK 25 or newer is needed; found 17 at JAVA_HOME=" + JDK_17,
                    r.errLines().getFirst(), r::toString);
        }
    }

    @Test
    void withoutJavaHomeTheLauncherPicksAJdk25OrNewer() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        Commands.Result r = Commands.run(dir, env, List.of("sh", "-c",
                ". '" + PROJECT.resolve("scripts/find-jdk.sh") + "' && pick_jdk && java_major \"$JAVA_HOME\""),
                List.of("find-jdk.sh"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Integer.parseInt(r.out().strip()) >= 25, r::toString);
    }
}
