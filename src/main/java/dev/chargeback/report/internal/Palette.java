package dev.chargeback.report.internal;

import java.util.List;

/** The colours of the charts: one per series, in a fixed order, distinguishable and printable. */
final class Palette {
    private static final List<String> COLOURS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22");

    private Palette() {
    }

    static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
