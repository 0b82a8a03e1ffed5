package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;

import java.nio.file.Path;
import java.util.List;

/** reconciliation.csv: per pool, cost in = allocated + remainder, with the difference (zero on every row). */
final class ReconciliationCsv implements OutputFile {
    private static final List<String> HEADER = List.of("run_id", "period", "pool", "cost_center", "service", "stage",
            "own_cost", "received", "cost_in", "allocated", "remainder", "difference", "currency");

    @Override
    public String name() {
        return "reconciliation.csv";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        if (!run.posted()) {
            return false;
        }
        Money money = run.money();
        List<PoolResult> pools = run.archive().pools(run.runId());
        CsvOut.csv(file, HEADER, out -> {
            for (PoolResult p : pools) {
                out.printRecord(run.runId(), run.manifest().period(), p.pool(), p.costCenter(), p.service(),
                        p.stage(), money.format(p.own()), money.format(p.received()), money.format(p.total()),
                        money.format(p.allocated()), money.format(p.remainder()),
                        money.format(p.total() - p.allocated() - p.remainder()), money.currency());
            }
        });
        return true;
    }
}
