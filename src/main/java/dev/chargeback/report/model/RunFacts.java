package dev.chargeback.report.model;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One posted run as the report builders read it from the archive: header, flows, pools, inputs, method detail. */
record RunFacts(RunHeader header, List<PostedFlow> flows, List<PoolResult> pools, ImportedData data,
                MethodDetail detail, Money money, OrgChart org) {

    static RunFacts read(RunArchive archive, RunId runId) {
        RunHeader header = archive.header(runId);
        List<PostedFlow> flows = new ArrayList<>();
        archive.flows(runId, flows::add);
        ImportedData data = archive.importedData(runId);
        return new RunFacts(header, List.copyOf(flows), archive.pools(runId), data, archive.methodDetail(runId),
                Money.of(header.currency()), orgChart(data));
    }

    private static OrgChart orgChart(ImportedData data) {
        Set<String> parents = new HashSet<>();
        data.costCenters().forEach(c -> {
            if (c.parent() != null && !c.parent().isEmpty()) {
                parents.add(c.parent());
            }
        });
        List<Department> departments = data.costCenters().stream().map(c -> new Department(c.id(), c.name(),
                c.kind() == CostCenter.Kind.SERVICE, c.parent() == null ? "" : c.parent(), parents.contains(c.id())))
                .toList();
        List<ServiceName> services = data.services().stream()
                .map(s -> new ServiceName(s.id(), s.costCenter(), s.name(), s.unit())).toList();
        return new OrgChart(departments, services);
    }

    RunShown shown() {
        return new RunShown(header.runId().value(), header.period(), header.method(), header.currency(),
                header.inForce());
    }

    BigDecimal amount(long minor) {
        return money.toDecimal(minor);
    }

    boolean isService(String costCenter) {
        return org.department(costCenter).map(Department::service).orElse(false);
    }

    /** The receivers' HEADCOUNT driver of the period (drivers.csv), by cost center. */
    Map<String, BigDecimal> headcount() {
        Map<String, BigDecimal> result = new HashMap<>();
        for (DriverTotal d : data.drivers()) {
            if (d.kind() == DriverRef.Kind.STAT && d.subject().equals("HEADCOUNT")) {
                result.merge(d.costCenter(), d.quantity(), BigDecimal::add);
            }
        }
        return result;
    }

    /** Timesheet hours the supplier logged for each receiver, all services together. */
    Map<String, BigDecimal> hours(String supplier) {
        return hours(supplier, service -> true);
    }

    /** Timesheet hours the supplier logged for each receiver whose timesheet service passes the filter. */
    Map<String, BigDecimal> hours(String supplier, java.util.function.Predicate<String> service) {
        Map<String, BigDecimal> result = new HashMap<>();
        for (DriverTotal d : data.drivers()) {
            if (d.kind() == DriverRef.Kind.HOURS && d.subject().equals(supplier) && service.test(d.service())) {
                result.merge(d.costCenter(), d.quantity(), BigDecimal::add);
            }
        }
        return result;
    }

    /**
     * The timesheet services whose hours drive the pool, as the allocation counted them: its own service for a
     * service pool driven by hours; for a cost center's general pool, every service except those with an
     * hours-driven pool of their own. Null for a pool not driven by hours (its hours are not its driver).
     */
    java.util.function.Predicate<String> hoursOf(PoolResult pool) {
        if (!hoursDriven(pool.pool())) {
            return null;
        }
        if (!pool.service().isEmpty()) {
            return pool.service()::equals;
        }
        Set<String> ownPools = new HashSet<>();
        pools.stream().filter(p -> p.costCenter().equals(pool.costCenter()) && !p.service().isEmpty()
                && hoursDriven(p.pool())).forEach(p -> ownPools.add(p.service()));
        return s -> !ownPools.contains(s);
    }

    private boolean hoursDriven(String pool) {
        return flows.stream().anyMatch(f -> f.pool().equals(pool) && "hours".equals(f.driver()));
    }

    /** Each cost center's quantity of a driver ("hours" read as the pool's hours), by cost center. */
    Map<String, BigDecimal> quantities(PoolResult pool, String driver) {
        if (driver == null || driver.isEmpty()) {
            return Map.of();
        }
        DriverRef ref = DriverRef.parse(driver);
        if (ref.kind() == DriverRef.Kind.HOURS) {
            java.util.function.Predicate<String> services = hoursOf(pool);
            return services == null ? Map.of() : hours(pool.costCenter(), services);
        }
        Map<String, BigDecimal> result = new HashMap<>();
        for (DriverTotal d : data.drivers()) {
            if (d.kind() == ref.kind() && d.subject().equals(ref.name())) {
                result.merge(d.costCenter(), d.quantity(), BigDecimal::add);
            }
        }
        return result;
    }

    /** The unit of a driver: services.csv's unit for usage, "hours", or the stat driver's name. */
    String unit(String driver, String basis) {
        if (basis.equals("fixed")) {
            return "%";
        }
        if (basis.equals("even")) {
            return "share";
        }
        if (driver == null || driver.isEmpty()) {
            return "";
        }
        DriverRef ref = DriverRef.parse(driver);
        return switch (ref.kind()) {
            case HOURS -> "hours";
            case USAGE -> org.unit(ref.name());
            case STAT -> ref.name();
        };
    }
}
