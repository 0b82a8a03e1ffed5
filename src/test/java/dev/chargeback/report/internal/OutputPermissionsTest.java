package dev.chargeback.report.internal;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Output files get the permissions the user's umask gives any new file: finance may share them (022) or keep them
 * private (077). The umask is a property of the process, so each case writes in a child JVM started under it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class OutputPermissionsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "umask {0} gives {1}")
    @CsvSource({"077, rw-------", "022, rw-r--r--", "027, rw-r-----"})
    void outputFilesHonourTheUmask(String umask, String permissions) throws IOException, InterruptedException {
        Path folder = temp.resolve("umask-" + umask);
        Files.createDirectories(folder);
        Path file = folder.resolve("rejects.csv");
        Files.writeString(file, "an earlier run's file\n"); // replaced, and its 0644/0600 mode does not carry over

        String output = writeInChildProcess(umask, file);

        assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), output);
        assertEquals("file,line,column,value,reason\ncosts.csv,7,amount,12x,not a number\n",
                Files.readString(file, StandardCharsets.UTF_8), "content written");
        try (var left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside the output");
        }
    }

    private static String writeInChildProcess(String umask, Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                java, System.getProperty("java.class.path"), WriteOneOutput.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        return output;
    }

    /** The child process: writes one CSV through the writer every output uses. */
    static final class WriteOneOutput {
        public static void main(String[] args) {
            CsvOut.csv(Path.of(args[0]), List.of("file", "line", "column", "value", "reason"),
                    out -> out.printRecord("costs.csv", 7, "amount", "12x", "not a number"));
        }
    }
}
