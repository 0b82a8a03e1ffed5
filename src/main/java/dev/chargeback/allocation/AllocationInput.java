package dev.chargeback.allocation;

import java.time.YearMonth;
import java.util.List;

/** Everything one allocation run needs, as plain data. */
public record AllocationInput(YearMonth period, String currency, AllocationRules rules, List<CostCenter> costCenters,
                              List<ServiceOffering> services, List<CostLine> costs, List<DriverTotal> drivers) {

    public AllocationInput {
        costCenters = List.copyOf(costCenters);
        services = List.copyOf(services);
        costs = List.copyOf(costs);
        drivers = List.copyOf(drivers);
    }

    public Method method() {
        return rules.method();
    }

    /** The pools' rules in file order. */
    public List<AllocationRule> pools() {
        return rules.pools();
    }
}
