package dev.chargeback.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.chargeback.sample.Northwind.LEAF_IDS;
import static dev.chargeback.sample.Northwind.PERIODS;
import static dev.chargeback.sample.Northwind.headcount;

/** usage.csv: workplace seats (a month-end CMDB snapshot) and cloud vCPU-hours (the daily billing export). */
final class ServiceUsage {
    static final List<String> HEADER = List.of("date", "service", "customer", "quantity", "reference");

    /** Shop-floor staff share terminals. */
    private static final Map<String, Double> SEAT_FACTOR = Map.of("MFG", 0.9, "PACKING", 0.85);
    /** Test devices, CAD workstations, lab PCs, tablets. */
    private static final Map<String, Integer> SEAT_EXTRA = Map.of("IT", 8, "RND", 9, "QUALITY", 2, "EXEC", 2);

    /** A cloud resource: its customer, vCPU-hours per weekday, weekend factor, and first day if it starts late. */
    private record CloudResource(String customer, String id, int perDay, double weekend, LocalDate start) {
    }

    private static final List<CloudResource> CLOUD_RESOURCES = List.of(
            new CloudResource("IT", "vm-it-monitoring-01", 96, 1.0, null),
            new CloudResource("IT", "vm-it-backup-01", 192, 1.3, null),
            new CloudResource("IT", "aks-it-shared-platform", 480, 0.8, null),
            new CloudResource("HR", "app-hr-hris-integration", 48, 0.5, null),
            new CloudResource("RND", "vmss-rnd-cfd-cluster", 2400, 0.25, null),
            new CloudResource("RND", "vm-rnd-plm-01", 192, 0.6, null),
            new CloudResource("MFG", "aks-mfg-mes-prod", 768, 1.0, null),
            new CloudResource("MFG", "vm-mfg-historian-01", 192, 1.0, null),
            new CloudResource("SALES", "app-sales-crm-integration", 96, 0.4, null),
            new CloudResource("SALES", "vm-sales-configurator-01", 144, 0.3, null),
            new CloudResource("MARKETING", "app-mkt-website", 72, 1.1, null),
            new CloudResource("FINANCE", "sql-fin-bi-warehouse", 384, 0.5, null),
            new CloudResource("CUSTOMER-SERVICE", "app-cs-customer-portal", 120, 0.9, null),
            new CloudResource("DISPATCH", "vm-dsp-wms-01", 240, 0.7, null),
            new CloudResource("QUALITY", "vm-qa-lims-01", 96, 0.5, null),
            new CloudResource("PROCUREMENT", "app-proc-supplier-portal", 48, 0.6, null),
            new CloudResource("RND", "vmss-rnd-cfd-burst", 4800, 0.9, LocalDate.of(2026, 10, 5)));

    private ServiceUsage() {
    }

    static int seats(String cc, String period) {
        return (int) Math.rint(headcount(cc, period) * SEAT_FACTOR.getOrDefault(cc, 1.0))
                + SEAT_EXTRA.getOrDefault(cc, 0);
    }

    static List<List<String>> rows() {
        TopicRandom rng = new TopicRandom("usage");
        List<List<String>> rows = new ArrayList<>();
        for (String p : PERIODS) {
            YearMonth month = YearMonth.parse(p);
            List<LocalDate> days = Numbers.monthDays(p);
            List<LocalDate> firstWorkdays = Numbers.workingDays(p).subList(0, 4);
            for (LocalDate d : days) {
                for (CloudResource r : CLOUD_RESOURCES) {
                    if (r.start() != null && (d.isBefore(r.start()) || !YearMonth.from(r.start()).equals(month))) {
                        continue;                         // a resource that starts late, in its first month only
                    }
                    double q = vCpuHours(r, p, d, firstWorkdays.contains(d));
                    q *= rng.uniform(0.88, 1.12);
                    rows.add(List.of(d.toString(), "IT-CLOUD", r.customer(), Numbers.dec(q, 4), r.id()));
                }
            }
            String snapshot = days.getLast().toString();
            for (String cc : LEAF_IDS) {
                rows.add(List.of(snapshot, "IT-LAPTOPS", cc, Integer.toString(seats(cc, p)), "CMDB-SNAPSHOT-" + p));
            }
        }
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1))
                .thenComparing(r -> r.get(2)).thenComparing(r -> r.get(4)));
        return rows;
    }

    private static double vCpuHours(CloudResource r, String p, LocalDate d, boolean monthEndClose) {
        double q = r.perDay() * (Numbers.isWeekend(d) ? r.weekend() : 1.0);
        if (r.customer().equals("FINANCE") && monthEndClose) {
            q *= 1.8;                                     // month-end close reporting
        }
        if (r.customer().equals("MFG") && p.equals("2026-08") && d.getDayOfMonth() >= 3 && d.getDayOfMonth() <= 14) {
            q *= 0.55;                                    // plant summer shutdown
        }
        if (r.id().equals("vmss-rnd-cfd-cluster") && p.equals("2026-10")) {
            q *= 1.35;                                    // the campaign also loads the base cluster
        }
        return q;
    }
}
