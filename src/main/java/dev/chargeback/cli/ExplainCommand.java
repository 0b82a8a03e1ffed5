package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.lineage.Explainer;
import dev.chargeback.lineage.Explanation;
import dev.chargeback.lineage.ExplanationCsv;
import dev.chargeback.lineage.ExplanationJson;
import dev.chargeback.lineage.ExplanationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains what a receiver was charged: journal line -> flow -> rule (and its line in the rules "
                + "file) -> the pool's cost -> the receiver's driver quantity and the total it was divided by, with "
                + "the arithmetic to the cent; --rows adds the GL lines and source rows, read from the input archive.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the period (its run in force)")
    YearMonth period;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "a run (default: the period's run in force)")
    RunId runId;

    @Option(names = "--receiver", paramLabel = "COST_CENTER", description = "the cost center charged")
    String receiver;

    @Option(names = "--sender", paramLabel = "COST_CENTER", description = "only what this cost center sent")
    String sender;

    @Option(names = "--entry", paramLabel = "N", description = "with --run and --line: a journal line to explain")
    Integer entry;

    @Option(names = "--line", paramLabel = "N", description = "the journal line's number within --entry")
    Integer line;

    @Option(names = "--rows", description = "list the GL lines and source rows (file, line, values)")
    boolean rows;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv or json")
    Format format;

    @Mixin
    DatabaseOptions database;

    enum Format { text, csv, json }

    @Override
    public Integer call() {
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            RunArchive archive = context.getBean(RunArchive.class);
            Explainer explainer = new Explainer(archive);
            RunId run = run(archive);
            Integer flow = null;
            String who = receiver;
            if (entry != null || line != null) {
                if (entry == null || line == null || runId == null) {
                    throw usage("a journal line is named with --run, --entry and --line together");
                }
                var ref = explainer.line(run, entry, line).orElseThrow(() -> usage("run " + run + " has no receiver's"
                        + " line " + line + " in allocation entry " + entry + " (line 1 of an entry is the sender's)"));
                who = ref.receiver();
                flow = ref.flowNo();
            } else if (receiver == null) {
                throw usage("name the cost center charged with --receiver (or a journal line with --entry and --line)");
            }
            Explanation explained = explainer.explain(run, who, sender, flow, rows);
            if (explained.charges().isEmpty()) {
                throw usage("run " + run + " charged " + who + " nothing" + (sender == null ? "" : " from " + sender)
                        + " (is it a cost center that receives? `explain` names the receiver charged)");
            }
            write(explained);
        }
        return 0;
    }

    private RunId run(RunArchive archive) {
        if (runId != null) {
            archive.find(runId).orElseThrow(() -> usage("no posted run " + runId + " in this ledger; `status` lists them"));
            return runId;
        }
        if (period == null) {
            throw usage("give --period YYYY-MM (its run in force) or --run RUN_ID");
        }
        return archive.runInForce(period).orElseThrow(() -> usage("no run in force for " + period));
    }

    private void write(Explanation e) {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> ExplanationText.write(e, out);
            case csv -> ExplanationCsv.write(e, out);
            case json -> out.println(ExplanationJson.write(e));
        }
        out.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
