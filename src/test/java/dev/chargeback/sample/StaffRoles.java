package dev.chargeback.sample;

import dev.chargeback.sample.TopicRandom.Weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.sample.Northwind.LEAF_IDS;
import static dev.chargeback.sample.Northwind.PERIODS;
import static dev.chargeback.sample.Northwind.headcount;

/** Who the 25 IT and 10 HR employees work for, on which services, and what they write in the note. */
final class StaffRoles {
    /** A role's customers and services with their weights, and its notes. */
    record Role(List<Weighted<String>> customers, List<Weighted<String>> services, List<String> notes) {
    }

    static final Map<String, String> IT_STAFF = itStaff();
    static final Map<String, String> HR_STAFF = ordered("E-HR-001", "hrbp-ops", "E-HR-002", "hrbp-commercial",
            "E-HR-003", "hrbp-corporate", "E-HR-004", "payroll", "E-HR-005", "payroll", "E-HR-006", "recruiter",
            "E-HR-007", "recruiter", "E-HR-008", "learning", "E-HR-009", "admin", "E-HR-010", "hse");

    static final List<String> REFRESH_NOTES = List.of("Laptop swap, data migration", "New laptop, profile setup",
            "Old laptop return, wipe");

    /** How many service-desk tickets a head generates, relative to an office worker. */
    private static final Map<String, Double> TICKET_PROPENSITY = Map.of("MFG", 0.22, "PACKING", 0.25,
            "DISPATCH", 0.4, "MAINTENANCE", 0.5, "FACILITIES", 0.6, "RND", 1.3, "EXEC", 1.8, "SALES", 1.2);

    private static final List<String> HELPDESK_NOTES = List.of(
            "Password reset", "Account locked", "VPN connection drops", "Outlook profile repair", "Teams audio issue",
            "Printer offline", "Printer \"Floor 2\" paper jam", "Mapped drive missing", "New starter setup",
            "Leaver account", "MFA device change", "Laptop slow, cleanup", "Docking station not detected",
            "Monitor replacement", "Software install request", "Access request, shared folder", "Phishing report",
            "Mobile phone setup", "Wi-Fi in meeting room", "Barcode scanner pairing", "Shop-floor terminal frozen",
            "ERP login error", "CAD licence not found", "Badge reader at Hall B \u2013 not syncing",
            "Browser certificate warning", "Excel add-in crash", "Headset request", "OneDrive sync error");
    private static final List<String> SHOP_FLOOR = List.of("MFG", "PACKING", "DISPATCH", "MAINTENANCE", "QUALITY");
    /** Notes that only make sense for some customers; the others fit everybody. */
    private static final Map<String, List<String>> HELPDESK_NOTE_CUSTOMERS = Map.of(
            "Barcode scanner pairing", SHOP_FLOOR, "Shop-floor terminal frozen", SHOP_FLOOR,
            "CAD licence not found", List.of("RND", "QUALITY", "MFG", "MAINTENANCE"),
            "Badge reader at Hall B \u2013 not syncing", List.of("FACILITIES", "MFG", "DISPATCH", "HR"),
            "Mobile phone setup", List.of("SALES", "EXEC", "CUSTOMER-SERVICE", "MARKETING", "MAINTENANCE",
                    "FACILITIES"));

    private static final List<Weighted<String>> GENERAL = List.of(Weighted.of("", 1));

    private StaffRoles() {
    }

    static String helpdeskNote(TopicRandom rng, String customer) {
        return rng.choice(HELPDESK_NOTES.stream()
                .filter(n -> HELPDESK_NOTE_CUSTOMERS.getOrDefault(n, List.of(customer)).contains(customer)).toList());
    }

    /** Who raises service-desk tickets on a day: headcount times propensity, less during the plant shutdown. */
    static List<Weighted<String>> helpdeskWeights(String period, LocalDate day) {
        List<Weighted<String>> w = new ArrayList<>();
        for (String c : LEAF_IDS) {
            if (c.equals("IT")) {
                continue;
            }
            double f = TICKET_PROPENSITY.getOrDefault(c, 1.0);
            if (period.equals("2026-08") && day.getDayOfMonth() >= 3 && day.getDayOfMonth() <= 14
                    && (c.equals("MFG") || c.equals("PACKING"))) {
                f *= 0.3;
            }
            w.add(Weighted.of(c, headcount(c, period) * f));
        }
        return w;
    }

    static List<Weighted<String>> headcountWeights(String period, String exclude) {
        return LEAF_IDS.stream().filter(c -> !c.equals(exclude))
                .map(c -> Weighted.of(c, (double) headcount(c, period))).toList();
    }

    static Role itRole(String role, String period) {
        Role r = switch (role) {
            case "network" -> new Role(weights("MFG", 3, "DISPATCH", 2, "PACKING", 1, "FACILITIES", 2, "HR", 0.5,
                    "SALES", 1, "RND", 1, "FINANCE", 0.5, "EXEC", 0.5, "QUALITY", 0.5), GENERAL,
                    List.of("Switch replacement, Hall B", "Wi-Fi survey warehouse", "Firewall rule change",
                            "Site link outage", "Network segmentation, shop floor", "Access point install"));
            case "cloud" -> new Role(weights("RND", 4, "MFG", 2, "SALES", 1, "FINANCE", 1, "HR", 0.6,
                    "MARKETING", 0.8, "DISPATCH", 0.6, "CUSTOMER-SERVICE", 0.6), weights("IT-CLOUD", 2, "", 1),
                    List.of("CFD cluster scaling", "Landing zone change", "Cost review", "Kubernetes upgrade",
                            "Backup policy", "New environment request", "Database migration"));
            case "servers" -> new Role(allBut("IT", Map.of("MFG", 2.0, "FINANCE", 2.0, "DISPATCH", 1.5)), GENERAL,
                    List.of("Patch window", "Backup restore test", "Server decommission", "Storage expansion",
                            "Disaster recovery test"));
            case "security" -> new Role(allBut("IT", Map.of("FINANCE", 2.0, "EXEC", 2.0, "HR", 1.5, "LEGAL", 1.5)),
                    GENERAL, List.of("Access review Q3", "Phishing simulation", "Vulnerability remediation",
                            "Privileged access audit", "Security awareness session"));
            case "erp" -> new Role(weights("FINANCE", 4, "PROCUREMENT", 2.5, "DISPATCH", 2, "SALES", 1.5, "MFG", 1.5,
                    "CUSTOMER-SERVICE", 1, "HR", 0.3), GENERAL,
                    List.of("Month-end close support", "ERP upgrade testing", "Purchase order workflow",
                            "Pricing condition fix", "Delivery note layout", "Intercompany invoice issue",
                            "Master data cleanup"));
            case "mes" -> new Role(weights("MFG", 6, "PACKING", 2, "QUALITY", 1.5, "MAINTENANCE", 1.5,
                    "DISPATCH", 0.5), GENERAL,
                    List.of("MES line 3 interface fix", "Label printer integration", "OEE dashboard",
                            "Batch traceability report", "Machine data collection", "MES release deployment"));
            case "plm" -> new Role(weights("RND", 5, "QUALITY", 1.5, "MFG", 1, "PROCUREMENT", 0.5), GENERAL,
                    List.of("CAD vault maintenance", "PLM workflow change", "BOM export to ERP", "CAD licence server",
                            "Drawing release process"));
            case "crm" -> new Role(weights("SALES", 4, "MARKETING", 2.5, "CUSTOMER-SERVICE", 2.5), GENERAL,
                    List.of("CRM pipeline report", "Website form fix", "Customer portal release",
                            "Quote template change", "Newsletter tool integration"));
            case "bi" -> new Role(weights("FINANCE", 3, "EXEC", 2, "SALES", 2, "PROCUREMENT", 1, "MFG", 1, "HR", 0.5),
                    GENERAL, List.of("Management dashboard", "Sales KPI report", "Cost center report",
                            "Data model change", "Spend analysis"));
            case "hris" -> new Role(weights("HR", 5, "FACILITIES", 2, "FINANCE", 0.8), GENERAL,
                    List.of("Payroll interface check", "HRIS role change", "Time recording terminals",
                            "Badge system update", "Maintenance planning tool", "Onboarding workflow"));
            case "pm" -> new Role(weights("FINANCE", 2, "MFG", 2, "RND", 1.5, "SALES", 1, "DISPATCH", 1), GENERAL,
                    List.of("ERP upgrade steering", "Project status report", "MES rollout planning",
                            "Vendor workshop", "Budget review"));
            case "architect" -> new Role(allBut("IT", Map.of("RND", 2.0, "MFG", 2.0, "FINANCE", 1.5)), GENERAL,
                    List.of("Integration design", "Architecture review", "Technology roadmap",
                            "Solution design workshop"));
            case "service-mgmt" -> new Role(allBut("IT", Map.of("HR", 1.5, "FACILITIES", 1.5)), GENERAL,
                    List.of("Service review meeting", "Vendor contract review", "SLA report", "Licence true-up"));
            case "collab" -> new Role(weights("CUSTOMER-SERVICE", 3, "SALES", 2, "EXEC", 1, "HR", 1,
                    "MARKETING", 1, "FACILITIES", 0.8), GENERAL,
                    List.of("Contact center routing", "Meeting room AV", "Phone number porting", "Teams voice setup",
                            "Town hall streaming"));
            default -> throw new IllegalArgumentException("no IT role " + role);
        };
        if (role.equals("erp") && !period.equals("2026-08")) {
            List<String> notes = new ArrayList<>(r.notes());
            notes.addAll(List.of("ERP upgrade testing", "ERP upgrade cutover plan"));
            return new Role(r.customers(), r.services(), notes);
        }
        return r;
    }

    static Role hrRole(String role, String period) {
        int pi = PERIODS.indexOf(period);
        return switch (role) {
            case "hrbp-ops" -> new Role(weights("MFG", 5, "PACKING", 2, "DISPATCH", 1.5, "MAINTENANCE", 1,
                    "QUALITY", 1), GENERAL, List.of("Works council meeting prep", "Shift plan change",
                    "Absence case review", "Team conflict", "Contract amendment"));
            case "hrbp-commercial" -> new Role(weights("SALES", 3, "MARKETING", 1.5, "CUSTOMER-SERVICE", 2, "RND", 2),
                    GENERAL, List.of("Performance review cycle", "Commission plan question", "Contract amendment",
                    "Team restructuring", "Exit interview"));
            case "hrbp-corporate" -> new Role(weights("FINANCE", 1.5, "LEGAL", 0.7, "EXEC", 1.5, "IT", 2,
                    "FACILITIES", 1.5, "PROCUREMENT", 1), GENERAL, List.of("On-call allowance policy",
                    "Salary benchmark", "Performance review cycle", "Contract amendment", "Org chart update"));
            case "payroll" -> new Role(headcountWeights(period, "HR"), weights("HR-SERVICES", 1),
                    List.of("Payroll run", "Payroll query", "Overtime correction", "Certificate of employment",
                            "Benefits enrolment", "Sick-leave records"));
            case "admin" -> new Role(headcountWeights(period, "HR"), weights("HR-SERVICES", 1),
                    List.of("Onboarding paperwork", "Personnel file update", "Leaver paperwork", "Visa and permit",
                            "Company car admin"));
            case "recruiter" -> new Role(weights("SALES", new int[] {2, 6, 3}[pi], "MFG", 3,
                    "PACKING", new int[] {1, 4, 2}[pi], "RND", 2, "CUSTOMER-SERVICE", 1, "DISPATCH", 0.7, "IT", 0.8,
                    "QUALITY", 0.5, "FINANCE", 0.3), weights("HR-RECRUITING", 1),
                    List.of("Interview", "Screening calls", "Job ad, sales rep", "Offer letter", "Assessment day",
                            "Agency briefing", "Temp staff onboarding, packing"));
            case "learning" -> new Role(headcountWeights(period, "HR"), GENERAL, List.of("Forklift licence training",
                    "Leadership programme", "Compliance e-learning", "Training plan 2027", "Onboarding day"));
            case "hse" -> new Role(weights("MFG", 5, "PACKING", 2, "DISPATCH", 2, "MAINTENANCE", 2, "QUALITY", 1,
                    "FACILITIES", 1.5, "RND", 0.5), GENERAL, List.of("Occupational health check", "Safety walk",
                    "Incident investigation", "Ergonomics assessment", "Fire drill"));
            default -> throw new IllegalArgumentException("no HR role " + role);
        };
    }

    /** Pairs of item and weight: ("MFG", 3, "DISPATCH", 2, ...). */
    private static List<Weighted<String>> weights(Object... pairs) {
        List<Weighted<String>> w = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            w.add(Weighted.of((String) pairs[i], ((Number) pairs[i + 1]).doubleValue()));
        }
        return w;
    }

    private static List<Weighted<String>> allBut(String own, Map<String, Double> weights) {
        return LEAF_IDS.stream().filter(c -> !c.equals(own)).map(c -> Weighted.of(c, weights.getOrDefault(c, 1.0)))
                .toList();
    }

    private static Map<String, String> itStaff() {
        Map<String, String> staff = new LinkedHashMap<>();
        for (int i = 1; i <= 7; i++) {
            staff.put("E-IT-%03d".formatted(i), "desk");
        }
        staff.putAll(ordered("E-IT-008", "field", "E-IT-009", "network", "E-IT-010", "cloud", "E-IT-011", "cloud",
                "E-IT-012", "servers", "E-IT-013", "security", "E-IT-014", "erp", "E-IT-015", "erp",
                "E-IT-016", "mes", "E-IT-017", "mes", "E-IT-018", "plm", "E-IT-019", "crm", "E-IT-020", "bi",
                "E-IT-021", "hris", "E-IT-022", "pm", "E-IT-023", "architect", "E-IT-024", "service-mgmt",
                "E-IT-025", "collab"));
        return staff;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
