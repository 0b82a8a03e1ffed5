package dev.chargeback.report.internal;

import dev.chargeback.report.internal.ReportTable.Cell;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained file (inline CSS and SVG, no script, no web font, nothing fetched), rendered by
 * Thymeleaf from {@code templates/report.html}. Thymeleaf escapes every value it writes ({@code th:text} and
 * attributes), so a name such as {@code <script>} or {@code =HYPERLINK(...)} shows as the text it is. The template
 * draws; the geometry comes from the chart classes and the figures are formatted here from exact amounts.
 */
final class HtmlReport {
    private static final TemplateEngine ENGINE = engine();

    /** A table as the template shows it: formatted cells, numbers right-aligned. */
    record HtmlTable(String id, String title, String caption, List<String> columns, List<List<HtmlCell>> rows) {
    }

    record HtmlCell(String text, boolean number) {
    }

    private HtmlReport() {
    }

    static void write(ReportFacts facts, List<ReportTable> tables, Path file) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("title", "Chargeback report " + facts.period());
        context.setVariable("period", facts.period().toString());
        context.setVariable("currency", facts.money().currency());
        context.setVariable("method", facts.run().method());
        context.setVariable("runId", facts.run().runId().toString());
        context.setVariable("flow", SankeyChart.of(facts));
        context.setVariable("bars", StackedBarChart.of(facts));
        context.setVariable("trend", TrendChart.of(facts));
        context.setVariable("tables", tables.stream().filter(ReportTable::onPage).map(t -> html(facts, t)).toList());
        String page = ENGINE.process("report", context);
        CsvOut.text(file, w -> w.write(page));
    }

    private static HtmlTable html(ReportFacts facts, ReportTable table) {
        List<List<HtmlCell>> rows = table.rows().stream().map(r -> r.stream().map(c -> cell(facts, c)).toList())
                .toList();
        String id = table.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new HtmlTable(id, table.title(), table.caption(), table.columns(), rows);
    }

    private static HtmlCell cell(ReportFacts facts, Cell cell) {
        return switch (cell) {
            case ReportTable.Text t -> new HtmlCell(t.text(), false);
            case ReportTable.Amount a -> new HtmlCell(Figures.amount(facts.money(), a.minor()), true);
            case ReportTable.Number n -> new HtmlCell(Figures.number(n.value()), true);
        };
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
