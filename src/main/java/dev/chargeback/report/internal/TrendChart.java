package dev.chargeback.report.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The geometry of the trend: one line per receiving department over every period in the ledger up to the
 * report's, the value being what it was charged in that period's run in force. Coordinates are ratios of exact
 * sums (double, for drawing only); the axis labels print exact amounts.
 */
record TrendChart(int width, int height, List<Axis> xAxis, List<Axis> yAxis, List<Line> lines) {
    private static final int WIDTH = 900;
    private static final int LEFT = 110;
    private static final int TOP = 20;
    private static final int PLOT_W = 560;
    private static final int PLOT_H = 260;
    private static final int TICKS = 4;
    private static final double LABEL_GAP = 12;

    record Axis(double x, double y, String label) {
    }

    record Point(double x, double y, String title) {
    }

    /** A department's line: its SVG points, its dots with their figures, and its label at the right end. */
    record Line(String points, String colour, String label, double labelY, List<Point> dots) {
    }

    static TrendChart of(ReportFacts facts) {
        List<YearMonth> periods = List.copyOf(facts.trend().keySet());
        TreeSet<String> receivers = new TreeSet<>();
        facts.trend().values().forEach(m -> receivers.addAll(m.keySet()));
        long max = facts.trend().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue)
                .max().orElse(0);
        List<Axis> xAxis = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            xAxis.add(new Axis(x(i, periods.size()), TOP + PLOT_H + 18, periods.get(i).toString()));
        }
        List<Axis> yAxis = new ArrayList<>();
        for (int t = 0; t <= TICKS; t++) {
            long value = max * t / TICKS;
            yAxis.add(new Axis(LEFT - 8, y(value, max), Figures.amount(facts.money(), value)));
        }
        List<Line> lines = new ArrayList<>();
        int colour = 0;
        for (String receiver : receivers) {
            lines.add(line(facts, receiver, periods, max, Palette.colour(colour++)));
        }
        return new TrendChart(WIDTH, TOP + PLOT_H + 40 + (int) (LABEL_GAP * receivers.size() / 2), xAxis, yAxis, spread(lines));
    }

    /** Moves the labels at the lines' right ends apart, top to bottom, so that no two overlap. */
    private static List<Line> spread(List<Line> lines) {
        List<Line> byY = new ArrayList<>(lines);
        byY.sort(java.util.Comparator.comparingDouble(Line::labelY));
        List<Line> spread = new ArrayList<>();
        double next = 0;
        for (Line l : byY) {
            double y = Math.max(l.labelY(), next);
            spread.add(new Line(l.points(), l.colour(), l.label(), y, l.dots()));
            next = y + LABEL_GAP;
        }
        return spread;
    }

    private static Line line(ReportFacts facts, String receiver, List<YearMonth> periods, long max, String colour) {
        StringBuilder points = new StringBuilder();
        List<Point> dots = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Map<String, Long> charged = facts.trend().get(periods.get(i));
            long value = charged.getOrDefault(receiver, 0L);
            double x = x(i, periods.size());
            double y = y(value, max);
            points.append(String.format(java.util.Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
            dots.add(new Point(x, y, facts.name(receiver) + " " + periods.get(i) + ": "
                    + Figures.amount(facts.money(), value)));
        }
        double lastY = dots.isEmpty() ? TOP : dots.getLast().y();
        return new Line(points.toString(), colour, facts.name(receiver), lastY + 4, dots);
    }

    private static double x(int index, int count) {
        return count <= 1 ? LEFT + PLOT_W / 2.0 : LEFT + PLOT_W * ((double) index / (count - 1));
    }

    private static double y(long value, long max) {
        return max == 0 ? TOP + PLOT_H : TOP + PLOT_H - PLOT_H * ((double) value / max);
    }

    /** Where the plot's frame is, for the template's axes. */
    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return LEFT + PLOT_W;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return TOP + PLOT_H;
    }
}
