package dev.chargeback.cli;

import dev.chargeback.allocation.Method;
import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.run.MonthlyRun;
import dev.chargeback.run.RunRequest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compare --methods}: the three methods side by side from dry runs (nothing is posted). With one rules file
 * (default {@code <data>/rules.yaml}) each dry run overrides its method (direct, step-down, reciprocal); with
 * several {@code --rules} files, each file is one column with its own method. Each dry run's outputs are written to
 * {@code <out>/methods/<n>-<method>/}.
 */
final class MethodsSideBySide {
    @Option(names = "--methods", description = "the methods side by side from dry runs of the data directory "
            + "(nothing is posted): direct, step-down and reciprocal with --rules, or one column per --rules file")
    boolean requested;

    @Option(names = "--data", defaultValue = "sample-data", paramLabel = "DIR",
            description = "with --methods: the data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--rules", paramLabel = "FILE", description = "with --methods: a rules file; repeat it for one "
            + "column per file (default: <data>/rules.yaml, run with each of the three methods)")
    List<Path> rules;

    boolean requested() {
        return requested;
    }

    /** One column: a rules file and the method it is run with (null: the file's own). */
    private record Column(Path rules, Method method) {
        String label(int i) {
            return (i + 1) + "-" + (method == null ? rules.getFileName().toString().replaceFirst("\\.ya?ml$", "")
                    : method.word());
        }
    }

    /** What one dry run gave before its rollback. */
    private record DryRead(List<ComparisonRow> rows, String method) {
    }

    void compare(ConfigurableApplicationContext context, YearMonth period, String supplier, Path out,
                 CommandSpec spec) {
        List<Column> columns = columns();
        MonthlyRun run = context.getBean(MonthlyRun.class);
        ReportModels models = context.getBean(ReportModels.class);
        Path folder = out.resolve("methods");
        Map<String, Map<String, BigDecimal>> amounts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            RunRequest request = new RunRequest(period, data, c.rules(), folder.resolve(c.label(i)), false, c.method(),
                    Users.resolve(null), true);
            DryRead read = run.dryRun(request, System.err, false,
                    id -> new DryRead(models.comparison(id), models.recap(id).run().method()));
            List<ComparisonRow> rows = read.rows();
            String label = c.rules().getFileName() + " (" + read.method() + ")";
            labels.add(label);
            rows.stream().filter(r -> r.scope() == ComparisonRow.Scope.SUPPLIER && !r.rollUp())
                    .filter(r -> supplier == null || r.supplier().equals(supplier)).forEach(r -> {
                        names.put(r.receiver(), r.receiverName());
                        amounts.computeIfAbsent(r.receiver(), k -> new LinkedHashMap<>())
                                .merge(label, r.amount(), BigDecimal::add);
                    });
        }
        print(spec.commandLine().getOut(), period, supplier, labels, names, amounts, folder);
    }

    private List<Column> columns() {
        List<Path> files = rules == null || rules.isEmpty() ? List.of(data.resolve("rules.yaml")) : rules;
        if (files.size() > 1) {
            return files.stream().map(f -> new Column(f, null)).toList();
        }
        return List.of(Method.values()).stream().map(m -> new Column(files.getFirst(), m)).toList();
    }

    private static void print(PrintWriter out, YearMonth period, String supplier, List<String> labels,
                              Map<String, String> names, Map<String, Map<String, BigDecimal>> amounts, Path folder) {
        out.printf("Methods side by side for %s (dry runs, nothing posted): what %s cost each department%n", period,
                supplier == null ? "all suppliers together" : supplier);
        String[] columns = new String[2 + labels.size()];
        columns[0] = "department";
        columns[1] = "name";
        for (int i = 0; i < labels.size(); i++) {
            columns[2 + i] = labels.get(i) + ">";
        }
        TextTable t = new TextTable(columns);
        amounts.forEach((receiver, byLabel) -> {
            Object[] cells = new Object[columns.length];
            cells[0] = receiver;
            cells[1] = names.get(receiver);
            for (int i = 0; i < labels.size(); i++) {
                cells[2 + i] = byLabel.get(labels.get(i));
            }
            t.row(cells);
        });
        Object[] total = new Object[columns.length];
        total[0] = "total";
        total[1] = "";
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            total[2 + i] = amounts.values().stream().map(m -> m.get(label)).filter(a -> a != null)
                    .reduce(BigDecimal::add).orElse(null);
        }
        t.row(total);
        t.print(out, "  ");
        out.printf("Each dry run's outputs are in %s%n", folder.toAbsolutePath().normalize());
        out.flush();
    }

    static void requireNoMethodsOptions(CommandSpec spec, MethodsSideBySide m) {
        if (!m.requested && m.rules != null) {
            throw new ParameterException(spec.commandLine(), "--rules is used only with --methods");
        }
    }
}
