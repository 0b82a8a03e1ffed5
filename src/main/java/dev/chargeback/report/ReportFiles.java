package dev.chargeback.report;

import dev.chargeback.report.internal.ModelCsv;
import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.Statement;
import dev.chargeback.report.model.TrendPoint;

import java.nio.file.Path;
import java.util.List;

/**
 * The report model's CSV files, for the {@code compare} and {@code statement} commands: written atomically like a
 * run's outputs. Each method returns the file it wrote.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** compare-&lt;period&gt;.csv: the comparison rows given (the command's selection of the model's). */
    public static Path comparison(Path folder, ReportModel model, List<ComparisonRow> rows) {
        Path file = folder.resolve("compare-" + model.run().period() + ".csv");
        ModelCsv.comparison(file, model.run(), rows);
        return file;
    }

    /** compare-&lt;period&gt;-trend.csv: the trend points given. */
    public static Path trend(Path folder, ReportModel model, List<TrendPoint> points) {
        Path file = folder.resolve("compare-" + model.run().period() + "-trend.csv");
        ModelCsv.trend(file, model.run().currency(), points);
        return file;
    }

    /** statements-&lt;period&gt;.csv (or statement-&lt;period&gt;-&lt;receiver&gt;.csv for one receiver). */
    public static Path statements(Path folder, ReportModel model, List<Statement> statements, String receiver) {
        String name = receiver == null ? "statements-" + model.run().period() + ".csv"
                : "statement-" + model.run().period() + "-" + receiver.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        Path file = folder.resolve(name);
        ModelCsv.statements(file, model.run(), statements);
        return file;
    }
}
