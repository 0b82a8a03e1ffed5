package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AllocationInput} inline for the core tests, in the words of the input files: cost centers
 * (cost_centers.csv), service offerings (services.csv), cost lines (costs.csv), driver quantities (timesheets,
 * usage, drivers.csv) and pools (rules.yaml). Amounts are decimal strings in EUR; results are read back in cents
 * with {@link #allocated} and {@link #remainder}.
 *
 * <p>Pool {@code n} (1-based, in the order added) sits on rules line {@code 10 * n} unless {@link Pool#line} says
 * otherwise; {@code step_order} sits on line {@value #STEP_ORDER_LINE} of {@value #RULES_FILE}.
 */
final class AllocationFixture {
    static final String PERIOD = "2025-01";
    static final int STEP_ORDER_LINE = 3;
    /** The rules file's name in messages: a path, as {@code --rules} may give one. */
    static final String RULES_FILE = "/tmp/x/my-rules.yaml";

    private final Method method;
    private final List<String> stepOrder = new ArrayList<>();
    private final List<CostCenter> centers = new ArrayList<>();
    private final List<ServiceOffering> offerings = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<CostLine> costs = new ArrayList<>();
    private final List<DriverTotal> drivers = new ArrayList<>();

    private AllocationFixture(Method method) {
        this.method = method;
    }

    static AllocationFixture with(Method method) {
        return new AllocationFixture(method);
    }

    static AllocationFixture direct() {
        return with(Method.DIRECT);
    }

    static AllocationFixture stepDown(String... order) {
        AllocationFixture fixture = with(Method.STEP_DOWN);
        fixture.stepOrder.addAll(List.of(order));
        return fixture;
    }

    static AllocationFixture reciprocal() {
        return with(Method.RECIPROCAL);
    }

    AllocationFixture services(String... ids) {
        return centers(CostCenter.Kind.SERVICE, null, ids);
    }

    AllocationFixture operating(String... ids) {
        return centers(CostCenter.Kind.OPERATING, null, ids);
    }

    /** Operating cost centers whose {@code parent} is {@code rollUp} (which must be added too). */
    AllocationFixture operatingUnder(String rollUp, String... ids) {
        return centers(CostCenter.Kind.OPERATING, rollUp, ids);
    }

    private AllocationFixture centers(CostCenter.Kind kind, String parent, String... ids) {
        for (String id : ids) {
            centers.add(new CostCenter(id, id + " department", kind, parent));
        }
        return this;
    }

    /** A services.csv row; {@code rate} and {@code capacity} may be null. */
    AllocationFixture offering(String id, String costCenter, String rate, String capacity) {
        offerings.add(new ServiceOffering(id, costCenter, id + " service", "hour", decimal(rate), decimal(capacity)));
        return this;
    }

    AllocationFixture cost(String costCenter, String amount) {
        return cost(costCenter, "", amount);
    }

    AllocationFixture cost(String costCenter, String service, String amount) {
        costs.add(new CostLine(costCenter, service, "6000", "EUR", new BigDecimal(amount)));
        return this;
    }

    AllocationFixture costIn(String currency, String costCenter, String amount) {
        costs.add(new CostLine(costCenter, "", "6000", currency, new BigDecimal(amount)));
        return this;
    }

    /** Timesheet hours that {@code supplier} spent for {@code customer}. */
    AllocationFixture hours(String supplier, String customer, String hours) {
        return hours(supplier, "", customer, hours);
    }

    AllocationFixture hours(String supplier, String service, String customer, String hours) {
        drivers.add(new DriverTotal(DriverRef.Kind.HOURS, supplier, service, customer, new BigDecimal(hours)));
        return this;
    }

    AllocationFixture usage(String service, String customer, String quantity) {
        drivers.add(new DriverTotal(DriverRef.Kind.USAGE, service, "", customer, new BigDecimal(quantity)));
        return this;
    }

    AllocationFixture stat(String driver, String costCenter, String value) {
        drivers.add(new DriverTotal(DriverRef.Kind.STAT, driver, "", costCenter, new BigDecimal(value)));
        return this;
    }

    AllocationFixture pool(Pool pool) {
        pools.add(pool);
        return this;
    }

    AllocationInput input() {
        List<AllocationRule> rules = new ArrayList<>();
        for (Pool p : pools) {
            rules.add(p.toRule(rules.size() + 1));
        }
        return new AllocationInput(java.time.YearMonth.parse(PERIOD), "EUR", new AllocationRules(RULES_FILE, method, stepOrder, STEP_ORDER_LINE,
                rules), centers, offerings, costs, drivers);
    }

    AllocationResult allocate() {
        return Allocator.allocate(input());
    }

    static Pool pool(String costCenter) {
        return new Pool(costCenter);
    }

    /** Cents allocated from {@code pool} (a cost center, or cost center/service) to {@code receiver}. */
    static long allocated(AllocationResult result, String pool, String receiver) {
        return result.flows().stream()
                .filter(f -> f.kind() == FlowKind.ALLOCATION && f.pool().equals(pool) && f.receiver().equals(receiver))
                .mapToLong(Flow::amount).sum();
    }

    /** Cents of {@code pool} left as a remainder of {@code kind}, whoever holds it. */
    static long remainder(AllocationResult result, String pool, FlowKind kind) {
        return result.flows().stream().filter(f -> f.kind() == kind && f.pool().equals(pool))
                .mapToLong(Flow::amount).sum();
    }

    /** Cents of every allocation flow into {@code receiver}. */
    static long receivedBy(AllocationResult result, String receiver) {
        return result.flows().stream().filter(f -> f.kind() == FlowKind.ALLOCATION && f.receiver().equals(receiver))
                .mapToLong(Flow::amount).sum();
    }

    static PoolResult poolResult(AllocationResult result, String pool) {
        return result.pools().stream().filter(p -> p.pool().equals(pool)).findFirst()
                .orElseThrow(() -> new AssertionError("no pool " + pool + " in " + result.pools()));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** One entry of {@code pools:} in rules.yaml: its basis word and settings, read by {@link BasisRegistry}. */
    static final class Pool {
        private final String costCenter;
        private String service;
        private String basis = EvenSplit.WORD;
        private final SettingsMap settings = new SettingsMap();
        private List<String> receivers = List.of();
        private Integer line;

        private Pool(String costCenter) {
            this.costCenter = costCenter;
        }

        Pool service(String id) {
            this.service = id;
            return this;
        }

        Pool proportional(String driverText) {
            return basis(ProportionalToDriver.WORD, driverText);
        }

        /** {@code fixed("SALES", "25", "MFG", "75")}: receiver, percent, receiver, percent ... */
        Pool fixed(String... receiverPercent) {
            basis = FixedShares.WORD;
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            for (int i = 0; i < receiverPercent.length; i += 2) {
                shares.put(receiverPercent[i], new BigDecimal(receiverPercent[i + 1]));
            }
            settings.put("shares", shares);
            return this;
        }

        Pool even() {
            basis = EvenSplit.WORD;
            return this;
        }

        /** Rate basis; {@code unitRate} null takes the rate of services.csv. */
        Pool rate(String driverText, String unitRate) {
            if (unitRate != null) {
                settings.put("rate", unitRate);
            }
            return basis(StandardRate.WORD, driverText);
        }

        Pool tdabc(String driverText) {
            return basis(TimeDrivenCapacity.WORD, driverText);
        }

        Pool receivers(String... ids) {
            receivers = List.of(ids);
            return this;
        }

        Pool recoveryTo(String id) {
            settings.put("recovery_to", id);
            return this;
        }

        Pool onNoDriverRemainder() {
            settings.put("on_no_driver", "remainder");
            return this;
        }

        Pool line(int rulesLine) {
            line = rulesLine;
            return this;
        }

        private Pool basis(String word, String driverText) {
            basis = word;
            settings.put("driver", driverText);
            return this;
        }

        AllocationRule toRule(int ruleNo) {
            return new AllocationRule(ruleNo, line == null ? 10 * ruleNo : line, costCenter, service,
                    BasisRegistry.read(basis, settings), receivers, null);
        }
    }
}
