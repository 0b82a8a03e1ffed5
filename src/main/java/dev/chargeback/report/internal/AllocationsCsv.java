package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** allocations.csv: one row per flow of cost from a sender to a receiver, remainders included. */
final class AllocationsCsv implements OutputFile {
    private static final List<String> HEADER = List.of("run_id", "period", "stage", "kind", "sender", "receiver",
            "pool", "service", "basis", "driver", "quantity", "rate", "amount", "currency", "rule", "flow");

    @Override
    public String name() {
        return "allocations.csv";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        if (!run.posted()) {
            return false;
        }
        Money money = run.money();
        String period = run.manifest().period().toString();
        CsvOut.csv(file, HEADER, out -> run.archive().flows(run.runId(), f -> {
            try {
                out.printRecord(run.runId(), period, f.stage(), f.kind(), f.sender(), f.receiver(), f.pool(),
                        f.service(), f.basis(), f.driver(), plain(f.quantity()),
                        f.rate() == null ? "" : f.rate().toPlainString(), money.format(f.amount()), money.currency(),
                        f.ruleNo(), f.flowNo());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return true;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
