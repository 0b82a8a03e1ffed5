package dev.chargeback.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.sample.Northwind.CURRENCY;
import static dev.chargeback.sample.Northwind.PERIODS;
import static dev.chargeback.sample.Northwind.headcount;

/**
 * costs.csv, the general-ledger extract: the service departments' cost lines (the pools) and the operating
 * departments' own cost. The order of the random draws is the order of the lines, as in the Python generator.
 */
final class GeneralLedger {
    static final List<String> HEADER = List.of("period", "cost_center", "account", "amount", "currency", "service");

    private static final Map<String, Integer> AVERAGE_SALARY = averageSalaries();

    private final TopicRandom rng = new TopicRandom("costs");
    private final List<List<String>> rows = new ArrayList<>();
    private String period;
    private int pi;

    static List<List<String>> rows() {
        GeneralLedger ledger = new GeneralLedger();
        for (int i = 0; i < PERIODS.size(); i++) {
            ledger.period = PERIODS.get(i);
            ledger.pi = i;
            ledger.month();
        }
        return ledger.rows;
    }

    private void month() {
        informationTechnology();
        humanResources();
        facilities();
        operatingDepartments();
    }

    private void informationTechnology() {
        boolean aug = pi == 0;
        boolean sep = pi == 1;
        salaries("IT", 130600 + (pi == 2 ? 2500 : 0), "");
        add("IT", "6300", rng.jitter(38650, 0.01));                      // ERP licences and subscriptions
        add("IT", "6300", rng.jitter(29800, 0.02));                      // MES, PLM and CAD licences
        add("IT", "6300", rng.jitter(9640, 0.03));                       // security and monitoring tools
        add("IT", "6350", 14236.40);                                     // maintenance contracts
        add("IT", "6200", rng.jitter(11850, 0.04));                      // WAN, internet, mobile telephony
        add("IT", "6500", 21310.55 + (aug ? 0 : 415.20));                // depreciation: servers, network
        add("IT", "6800", monthly(17800, 26450, 33900) * rng.uniform(0.98, 1.02));  // contractors (ERP upgrade)
        add("IT", "6900", monthly(980, 2650, 3410) * rng.uniform(0.9, 1.1));        // travel
        add("IT", "6950", monthly(650, 3800, 2900) * rng.uniform(0.9, 1.1));        // training
        // IT-HELPDESK: 7 agents (+ overtime during the refresh), ITSM licences, after-hours desk
        salaries("IT", 29750 + (sep ? 1200 : 0), "IT-HELPDESK");
        add("IT", "6300", 4851.20, "IT-HELPDESK", 2);
        add("IT", "6800", monthly(5200, 6900, 6150) * rng.uniform(0.97, 1.03), "IT-HELPDESK", 2);
        // IT-LAPTOPS (workplace seats); September: hardware refresh
        add("IT", "6500", 13452.75 + (aug ? 0 : 2896.40), "IT-LAPTOPS", 2);
        add("IT", "6300", 10980.0 + 18.0 * (headcount("SALES", period) - 46), "IT-LAPTOPS", 2);
        add("IT", "6550", monthly(1240, 21870, 1580) * rng.uniform(0.97, 1.03), "IT-LAPTOPS", 2);
        if (sep) {
            add("IT", "6800", 17640.00, "IT-LAPTOPS", 2);                // imaging and deployment partner
            add("IT", "6560", 3122.48, "IT-LAPTOPS", 2);                 // write-off of retired laptops
        }
        // IT-CLOUD: USD invoices converted at the month-end rate; October: R&D simulation campaign
        double fx = new double[] {1.0863, 1.0921, 1.0794}[pi];
        add("IT", "6400", monthly(55630, 58920, 106480) * rng.uniform(0.99, 1.01) / fx, "IT-CLOUD", 4);
        add("IT", "6400", monthly(13180, 13660, 17390) * rng.uniform(0.99, 1.01) / fx, "IT-CLOUD", 4);
        add("IT", "6300", 2450.00, "IT-CLOUD", 2);                       // cloud management tooling
        if (aug) {
            add("IT", "6400", -1842.33, "IT-CLOUD", 2);                  // credit note: commitment true-up
        }
    }

    private void humanResources() {
        salaries("HR", 54200, "");
        add("HR", "6300", 12410.00);                                     // HRIS and payroll software
        add("HR", "6800", rng.jitter(8920, 0.02));                       // payroll outsourcing
        add("HR", "6950", monthly(11350, 28400, 34250) * rng.uniform(0.98, 1.02));  // company-wide training
        add("HR", "6970", rng.jitter(18470, 0.015));                     // occupational health, benefits
        add("HR", "6960", monthly(2100, 3900, 5250) * rng.uniform(0.9, 1.1));       // legal and advisory fees
        add("HR", "6900", monthly(620, 1540, 1810) * rng.uniform(0.9, 1.1));        // travel
        add("HR", "6980", monthly(1900, 6850, 3200) * rng.uniform(0.95, 1.05));     // employee events
        // HR-RECRUITING: 2 recruiters; September: sales expansion, October: packing temps
        salaries("HR", 8620, "HR-RECRUITING");
        add("HR", "6850", monthly(9500, 26100, 14200) * rng.uniform(0.98, 1.02), "HR-RECRUITING", 2);
        add("HR", "6860", monthly(4210, 6830, 5120) * rng.uniform(0.97, 1.03), "HR-RECRUITING", 2);
        add("HR", "6300", 1150.00, "HR-RECRUITING", 2);                  // applicant tracking system
    }

    private void facilities() {
        add("FACILITIES", "6600", 96000.00);                             // rent: plant and warehouse
        add("FACILITIES", "6600", 33800.00);                             // rent: office building
        add("FACILITIES", "6700", monthly(21400, 22100, 24650) * rng.uniform(0.98, 1.02), "", 4);  // electricity
        add("FACILITIES", "6700", monthly(2130, 4790, 16870) * rng.uniform(0.97, 1.03), "", 4);    // heating gas
        add("FACILITIES", "6700", rng.jitter(1650, 0.05));               // water
        add("FACILITIES", "6800", 18750.00);                             // cleaning contractor
        add("FACILITIES", "6800", 14210.00);                             // site security
        add("FACILITIES", "6850", monthly(27410, 9860, 12240) * rng.uniform(0.98, 1.02));  // building maintenance
        add("FACILITIES", "6750", 7920.00);                              // property insurance
        add("FACILITIES", "6500", 11604.17);                             // depreciation: building fit-out
        salaries("FACILITIES", 44450, "");                               // 12 technicians and coordinators
        add("FACILITIES", "6710", rng.jitter(3900, 0.06));               // waste disposal
        // FAC-RECEPTION: 2 receptionists, visitor management system, catering
        salaries("FACILITIES", 6300, "FAC-RECEPTION");
        add("FACILITIES", "6300", 640.00, "FAC-RECEPTION", 2);
        add("FACILITIES", "6890", monthly(1460, 2120, 2380) * rng.uniform(0.95, 1.05), "FAC-RECEPTION", 2);
    }

    /** Own (not allocated) cost of the operating departments: personnel plus their main opex line. */
    private void operatingDepartments() {
        AVERAGE_SALARY.forEach((cc, avg) -> salaries(cc, headcount(cc, period) * avg, ""));
        add("SALES", "6900", monthly(9800, 18600, 21400) * rng.uniform(0.95, 1.05));           // travel
        add("MARKETING", "6910", monthly(21500, 34200, 88400) * rng.uniform(0.98, 1.02));     // Oct trade fair
        add("MFG", "6720", monthly(41200, 68900, 71300) * rng.uniform(0.98, 1.02), "", 4);    // process energy
        add("MFG", "6850", monthly(38600, 19400, 22100) * rng.uniform(0.95, 1.05));           // spare parts
        add("PACKING", "5100", monthly(24800, 41300, 52900) * rng.uniform(0.97, 1.03));       // packaging
        add("DISPATCH", "5200", monthly(61200, 95800, 104300) * rng.uniform(0.97, 1.03));     // freight
        add("QUALITY", "6450", rng.jitter(7150, 0.08));                                      // lab consumables
        add("RND", "6800", monthly(18900, 27300, 31800) * rng.uniform(0.95, 1.05));           // prototypes
        add("MAINTENANCE", "6850", monthly(46300, 17800, 19200) * rng.uniform(0.95, 1.05));   // Aug overhaul
        add("FINANCE", "6960", monthly(8400, 12600, 9700) * rng.uniform(0.95, 1.05));         // audit, tax
        add("LEGAL", "6960", monthly(11200, 18400, 15900) * rng.uniform(0.9, 1.1));           // counsel
        add("EXEC", "6900", monthly(4300, 9100, 8800) * rng.uniform(0.9, 1.1));               // travel
    }

    /** Salaries and, on account 6100, the employer's social charges (30.5 %). */
    private void salaries(String cc, double base, String service) {
        double s = rng.jitter(base, 0.006);
        add(cc, "6000", s, service, 2);
        add(cc, "6100", s * 0.305, service, 2);
    }

    private double monthly(double aug, double sep, double oct) {
        return new double[] {aug, sep, oct}[pi];
    }

    private void add(String cc, String account, double amount) {
        add(cc, account, amount, "", 2);
    }

    private void add(String cc, String account, double amount, String service, int dp) {
        rows.add(List.of(period, cc, account, Numbers.dec(amount, dp), CURRENCY, service));
    }

    private static Map<String, Integer> averageSalaries() {
        Map<String, Integer> avg = new LinkedHashMap<>();
        String[] ids = {"SALES", "MARKETING", "CUSTOMER-SERVICE", "MFG", "PACKING", "DISPATCH", "QUALITY",
            "PROCUREMENT", "RND", "MAINTENANCE", "FINANCE", "LEGAL", "EXEC"};
        int[] salaries = {5200, 4800, 3400, 3350, 2900, 3050, 4300, 4700, 5900, 3900, 5100, 7200, 14500};
        for (int i = 0; i < ids.length; i++) {
            avg.put(ids[i], salaries[i]);
        }
        return avg;
    }
}
