package dev.chargeback.report.internal;

import dev.chargeback.ledger.PostedFlow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of the flow picture: suppliers on the left, the cost centers they charged on the right, one band
 * per supplier and receiver as wide as the cost that flowed (every ALLOCATION flow of the run, so a supplier that
 * charged another supplier shows both as sender and receiver). Heights are ratios of exact sums, computed as
 * double for drawing only; the figures on the labels come from the exact amounts.
 */
record SankeyChart(int width, int height, List<Node> nodes, List<Link> links) {
    private static final int WIDTH = 1000;
    private static final int MARGIN = 250;
    private static final int NODE_WIDTH = 14;
    private static final int GAP = 6;
    private static final double PER_NODE = 24;

    /** A bar of the picture, its label to its right (receivers) or to its left (suppliers). */
    record Node(double x, double y, double width, double height, String colour, String label, boolean labelRight) {
        public double labelX() {
            return labelRight ? x + width + 6 : x - 6;
        }

        public String anchor() {
            return labelRight ? "start" : "end";
        }

        public double labelY() {
            return y + height / 2 + 4;
        }
    }

    /** A band from a supplier to a receiver: an SVG path and what it carries, for its tooltip. */
    record Link(String path, String colour, String title) {
    }

    static SankeyChart of(ReportFacts facts) {
        Map<String, Map<String, Long>> bySender = new TreeMap<>();
        for (PostedFlow f : facts.flows()) {
            if (f.kind().isRemainder() || f.amount() <= 0) {
                continue;
            }
            bySender.computeIfAbsent(f.sender(), s -> new TreeMap<>()).merge(f.receiver(), f.amount(), Long::sum);
        }
        Map<String, Long> senders = new LinkedHashMap<>();
        Map<String, Long> receivers = new TreeMap<>();
        bySender.forEach((s, to) -> to.forEach((r, a) -> {
            senders.merge(s, a, Long::sum);
            receivers.merge(r, a, Long::sum);
        }));
        long total = senders.values().stream().mapToLong(Long::longValue).sum();
        int rows = Math.max(senders.size(), receivers.size());
        int height = (int) Math.max(240, PER_NODE * rows + 40);
        return new Layout(facts, total, height, rows).draw(bySender, senders, receivers);
    }

    /** Places nodes top to bottom in each column and draws each band between its offsets on both sides. */
    private record Layout(ReportFacts facts, long total, int height, int rows) {
        SankeyChart draw(Map<String, Map<String, Long>> bySender, Map<String, Long> senders,
                         Map<String, Long> receivers) {
            List<Node> nodes = new ArrayList<>();
            Map<String, double[]> leftY = column(senders, MARGIN, true, nodes);
            Map<String, double[]> rightY = column(receivers, WIDTH - MARGIN - NODE_WIDTH, false, nodes);
            List<Link> links = new ArrayList<>();
            int colour = 0;
            for (var sender : bySender.entrySet()) {
                String c = Palette.colour(colour++);
                for (var to : sender.getValue().entrySet()) {
                    double h = scale(to.getValue());
                    double[] from = leftY.get(sender.getKey());
                    double[] into = rightY.get(to.getKey());
                    links.add(new Link(band(MARGIN + NODE_WIDTH, from[0], WIDTH - MARGIN - NODE_WIDTH, into[0], h), c,
                            facts.label(sender.getKey()) + " \u2192 " + facts.label(to.getKey()) + ": "
                                    + Figures.amount(facts.money(), to.getValue()) + " " + facts.money().currency()));
                    from[0] += h;
                    into[0] += h;
                }
            }
            return new SankeyChart(WIDTH, height, nodes, links);
        }

        /** Nodes of one column; returns for each id the running y where its next band starts. */
        private Map<String, double[]> column(Map<String, Long> sums, double x, boolean left, List<Node> nodes) {
            Map<String, double[]> next = new LinkedHashMap<>();
            double y = 20;
            int i = 0;
            for (var e : sums.entrySet()) {
                double h = scale(e.getValue());
                nodes.add(new Node(x, y, NODE_WIDTH, Math.max(h, 1), left ? Palette.colour(i++) : "#555",
                        facts.name(e.getKey()) + " " + Figures.amount(facts.money(), e.getValue()), !left));
                next.put(e.getKey(), new double[]{y});
                y += h + GAP;
            }
            return next;
        }

        private double scale(long amount) {
            double usable = height - 40 - (double) GAP * rows;
            return total == 0 ? 0 : usable * ((double) amount / total);
        }
    }

    /** A filled band between two vertical segments, with cubic curves for its top and bottom edges. */
    static String band(double x0, double y0, double x1, double y1, double h) {
        double mid = (x0 + x1) / 2;
        return String.format(java.util.Locale.ROOT,
                "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f L%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f Z",
                x0, y0, mid, y0, mid, y1, x1, y1, x1, y1 + h, mid, y1 + h, mid, y0 + h, x0, y0 + h);
    }
}
