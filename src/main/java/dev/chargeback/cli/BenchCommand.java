package dev.chargeback.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark (not yet built).")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
