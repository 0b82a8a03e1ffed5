package dev.chargeback.report.internal;

import dev.chargeback.ledger.PostedFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of "what each department paid, by service": one horizontal bar per receiving department, one
 * segment per service (or whole pool), the same colour for a service in every bar, longest total scaled to the
 * plot's width. Widths are ratios (double, for drawing only); totals on the labels are exact.
 */
record StackedBarChart(int width, int height, List<Bar> bars, List<Legend> legend) {
    private static final int WIDTH = 900;
    private static final int LABEL = 210;
    private static final int PLOT = 560;
    private static final int ROW = 26;

    record Bar(String label, double labelY, String total, double totalX, List<Segment> segments) {
    }

    record Segment(double x, double y, double width, double height, String colour, String title) {
    }

    record Legend(double x, double y, String colour, String label) {
    }

    static StackedBarChart of(ReportFacts facts) {
        Map<String, Map<String, Long>> byReceiver = new TreeMap<>();
        List<String> services = new ArrayList<>();
        for (PostedFlow f : facts.charges()) {
            String service = ReportFacts.serviceOf(f);
            byReceiver.computeIfAbsent(f.receiver(), r -> new TreeMap<>()).merge(service, f.amount(), Long::sum);
            if (!services.contains(service)) {
                services.add(service);
            }
        }
        services.sort(null);
        long max = byReceiver.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        double y = 10;
        for (var receiver : byReceiver.entrySet()) {
            bars.add(bar(facts, receiver.getKey(), receiver.getValue(), services, max, y));
            y += ROW;
        }
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            legend.add(new Legend(LABEL + (i % 2) * 340.0, y + 14 + (i / 2) * 18.0, Palette.colour(i),
                    facts.name(services.get(i))));
        }
        int height = (int) (y + 24 + ((services.size() + 1) / 2) * 18.0);
        return new StackedBarChart(WIDTH, height, bars, legend);
    }

    private static Bar bar(ReportFacts facts, String receiver, Map<String, Long> byService, List<String> services,
                           long max, double y) {
        List<Segment> segments = new ArrayList<>();
        double x = LABEL;
        long total = 0;
        for (var e : byService.entrySet()) {
            double w = max == 0 ? 0 : PLOT * ((double) e.getValue() / max);
            segments.add(new Segment(x, y, w, ROW - 6, Palette.colour(services.indexOf(e.getKey())),
                    facts.name(receiver) + ", " + facts.name(e.getKey()) + ": "
                            + Figures.amount(facts.money(), e.getValue())));
            x += w;
            total += e.getValue();
        }
        return new Bar(facts.name(receiver), y + ROW / 2.0 + 1, Figures.amount(facts.money(), total), x + 6,
                segments);
    }
}
