package dev.chargeback.sample;

import java.util.List;

/**
 * Northwind Components, the fictional ~600-person maker of hydraulic valves and fittings the sample data describes:
 * its roll-up groups, leaf cost centers (with headcount and floor area per month), services and the three months.
 */
final class Northwind {
    static final String COMPANY = "Northwind Components";
    static final String CURRENCY = "EUR";
    static final List<String> PERIODS = List.of("2026-08", "2026-09", "2026-10");

    /** A roll-up node of the hierarchy: never a customer, receiver or driver. */
    record Group(String id, String name, String kind) {
    }

    /** A leaf cost center with its headcount and floor area (sqm) in August, September and October. */
    record Leaf(String id, String name, String kind, String parent, List<Integer> headcount, List<Double> floorArea) {
        boolean isService() {
            return kind.equals("SERVICE");
        }
    }

    /** A row of services.csv, as written. */
    record Service(String id, String costCenter, String name, String unit, String rate, String capacity) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("SHARED-SERVICES", "Shared services", "SERVICE"),
            new Group("COMMERCIAL", "Commercial", "OPERATING"),
            new Group("OPERATIONS", "Operations", "OPERATING"),
            new Group("CORPORATE", "Corporate functions", "OPERATING"));

    static final List<Leaf> LEAVES = List.of(
            leaf("IT", "Information Technology", "SERVICE", "SHARED-SERVICES", 27, 27, 27, 430.0, 430.0, 430.0),
            leaf("HR", "Human Resources", "SERVICE", "SHARED-SERVICES", 11, 11, 11, 152.5, 152.5, 152.5),
            leaf("FACILITIES", "Facilities & Site Services", "SERVICE", "SHARED-SERVICES", 14, 14, 14,
                    280.0, 280.0, 280.0),
            leaf("SALES", "Sales", "OPERATING", "COMMERCIAL", 46, 50, 51, 520.0, 545.0, 545.0),
            leaf("MARKETING", "Marketing", "OPERATING", "COMMERCIAL", 18, 18, 18, 230.0, 230.0, 230.0),
            leaf("CUSTOMER-SERVICE", "Customer Service", "OPERATING", "COMMERCIAL", 30, 31, 31,
                    362.5, 362.5, 362.5),
            leaf("MFG", "Manufacturing", "OPERATING", "OPERATIONS", 238, 236, 239, 9200.0, 9200.0, 9200.0),
            leaf("PACKING", "Packing", "OPERATING", "OPERATIONS", 52, 52, 60, 2350.0, 2350.0, 2500.0),
            leaf("DISPATCH", "Dispatch & Warehouse", "OPERATING", "OPERATIONS", 35, 35, 35, 3100.0, 3100.0, 2950.0),
            leaf("QUALITY", "Quality Assurance", "OPERATING", "OPERATIONS", 22, 22, 23, 640.0, 640.0, 640.0),
            leaf("PROCUREMENT", "Procurement", "OPERATING", "OPERATIONS", 14, 14, 14, 170.0, 170.0, 170.0),
            leaf("RND", "Research & Development", "OPERATING", "OPERATIONS", 40, 41, 41, 1180.0, 1180.0, 1180.0),
            leaf("MAINTENANCE", "Plant Maintenance", "OPERATING", "OPERATIONS", 20, 20, 20, 760.0, 760.0, 760.0),
            leaf("FINANCE", "Finance & Controlling", "OPERATING", "CORPORATE", 16, 16, 16, 210.0, 210.0, 210.0),
            leaf("LEGAL", "Legal & Compliance", "OPERATING", "CORPORATE", 5, 5, 5, 75.0, 75.0, 75.0),
            leaf("EXEC", "Executive Management", "OPERATING", "CORPORATE", 8, 8, 8, 290.0, 290.0, 290.0));

    static final List<String> LEAF_IDS = LEAVES.stream().map(Leaf::id).toList();
    static final List<String> SERVICE_CCS = LEAVES.stream().filter(Leaf::isService).map(Leaf::id).toList();

    static final List<Service> SERVICES = List.of(
            new Service("IT-HELPDESK", "IT", "Service desk and desktop support", "hours", "", "1300"),
            new Service("IT-LAPTOPS", "IT",
                    "Workplace seat (laptop or shop-floor device, M365, endpoint security)", "seats", "42.50", ""),
            new Service("IT-CLOUD", "IT", "Cloud hosting", "vCPU-hours", "", ""),
            new Service("HR-SERVICES", "HR", "HR administration and payroll", "headcount", "", ""),
            new Service("HR-RECRUITING", "HR", "Recruiting", "hires", "", ""),
            new Service("FAC-SPACE", "FACILITIES", "Office, plant and warehouse space", "sqm", "", ""),
            new Service("FAC-RECEPTION", "FACILITIES", "Reception and visitor services", "share", "", ""));

    private Northwind() {
    }

    static int headcount(String costCenter, String period) {
        return leaf(costCenter).headcount().get(PERIODS.indexOf(period));
    }

    static double floorArea(String costCenter, String period) {
        return leaf(costCenter).floorArea().get(PERIODS.indexOf(period));
    }

    private static Leaf leaf(String id) {
        return LEAVES.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no leaf " + id));
    }

    private static Leaf leaf(String id, String name, String kind, String parent, int aug, int sep, int oct,
                             double augArea, double sepArea, double octArea) {
        return new Leaf(id, name, kind, parent, List.of(aug, sep, oct), List.of(augArea, sepArea, octArea));
    }
}
