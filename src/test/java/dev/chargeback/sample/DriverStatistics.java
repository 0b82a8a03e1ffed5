package dev.chargeback.sample;

import java.util.ArrayList;
import java.util.List;

import static dev.chargeback.sample.Northwind.LEAF_IDS;
import static dev.chargeback.sample.Northwind.PERIODS;

/** drivers.csv: headcount and floor area of every leaf cost center, per month. */
final class DriverStatistics {
    static final List<String> HEADER = List.of("period", "cost_center", "driver", "value");

    private DriverStatistics() {
    }

    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String p : PERIODS) {
            for (String cc : LEAF_IDS) {
                rows.add(List.of(p, cc, "HEADCOUNT", Integer.toString(Northwind.headcount(cc, p))));
            }
            for (String cc : LEAF_IDS) {
                double area = Northwind.floorArea(cc, p);
                rows.add(List.of(p, cc, "SQM", Numbers.dec(area, area % 1 != 0 ? 1 : 0)));
            }
        }
        return rows;
    }
}
