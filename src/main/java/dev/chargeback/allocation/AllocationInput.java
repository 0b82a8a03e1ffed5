package dev.chargeback.allocation;

import java.util.List;

/** Everything one allocation run needs, as plain data. */
public record AllocationInput(String period, String currency, Method method, List<String> stepOrder, int stepOrderLine,
                              List<CostCenter> costCenters, List<ServiceOffering> services,
                              List<AllocationRule> rules, List<CostLine> costs, List<DriverTotal> drivers) {

    public AllocationInput {
        stepOrder = stepOrder == null ? List.of() : List.copyOf(stepOrder);
        costCenters = List.copyOf(costCenters);
        services = List.copyOf(services);
        rules = List.copyOf(rules);
        costs = List.copyOf(costs);
        drivers = List.copyOf(drivers);
    }
}
