package dev.chargeback.lineage;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.SourceRows;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the charges' GL lines and driver rows from the run's archived input files: each file needed is read once
 * (from the archive, checked against its hash), and each accepted row goes to the charges it is behind.
 */
final class SourceReading {
    private final RunArchive archive;
    private final RunId runId;
    private final List<PoolResult> pools;
    private final RowSelection selection;

    SourceReading(RunArchive archive, RunId runId, List<PoolResult> pools, Map<String, List<PostedFlow>> byPool) {
        this.archive = archive;
        this.runId = runId;
        this.pools = pools;
        Map<String, String> drivers = new HashMap<>();
        byPool.forEach((pool, flows) -> drivers.put(pool, flows.getFirst().driver()));
        this.selection = new RowSelection(pools, drivers);
    }

    void fill(String receiver, List<Explanation.Charge> charges) {
        for (FileImport file : archive.inputs(runId)) {
            if (needed(file.kind(), charges)) {
                archive.sourceRows(runId, file, row -> charges.forEach(c -> add(receiver, c, row)));
            }
        }
    }

    private static boolean needed(InputKind kind, List<Explanation.Charge> charges) {
        return kind.equals(InputKind.COSTS) ? !charges.isEmpty() : charges.stream()
                .map(c -> driver(c.flow().driver())).anyMatch(d -> d != null && RowSelection.fileOf(d).equals(kind));
    }

    private void add(String receiver, Explanation.Charge charge, SourceRows.Row row) {
        PoolResult pool = pools.stream().filter(p -> p.pool().equals(charge.pool().pool())).findFirst().orElseThrow();
        switch (row.counted()) {
            case SourceRows.CostCount c when selection.isGlLineOf(c, pool) ->
                    charge.glLines().add(new Explanation.SourceRow(row.file(), row.line(), row.values(), c.amount()));
            case SourceRows.DriverCount d when driver(charge.flow().driver()) != null
                    && selection.feeds(d, pool, driver(charge.flow().driver()), receiver) ->
                    charge.driverRows().add(new Explanation.SourceRow(row.file(), row.line(), row.values(),
                            d.quantity()));
            default -> { }
        }
    }

    private static DriverRef driver(String text) {
        return text == null || text.isEmpty() ? null : DriverRef.parse(text);
    }
}
