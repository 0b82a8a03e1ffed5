package dev.chargeback.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs the CLI on the tests' class path, as the launcher would: this JDK, the
 * launcher's native-access permission (the input archive's Zstandard JNI library loads without the JDK's warning),
 * then {@code jvmOptions}; the caller appends the CLI's arguments.
 */
public final class ChargebackJvm {
    private ChargebackJvm() {
    }

    public static List<String> command(String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChargebackCli.class.getName()));
        return command;
    }
}
