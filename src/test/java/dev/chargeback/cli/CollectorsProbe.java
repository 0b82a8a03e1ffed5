package dev.chargeback.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Stands in for the engine's jar in {@link LauncherCollectorTest}: prints the collectors the JVM was started with, sorted. */
public final class CollectorsProbe {
    private CollectorsProbe() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(",", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).sorted().toList()));
    }
}
