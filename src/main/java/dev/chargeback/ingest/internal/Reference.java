package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.ServiceOffering;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What rows are validated against: the run's period, the periods the data directory holds (from costs.csv), the
 * cost centers (all ids, and the leaves that may consume), and the services with their cost centers. It starts
 * empty and each file that provides reference data adds its part.
 */
record Reference(YearMonth period, Set<YearMonth> periods, String currency, Set<String> costCenters, Set<String> leaves,
                 Map<String, String> serviceOwners) {

    static Reference start(YearMonth period, String currency) {
        return new Reference(period, Set.of(), currency, Set.of(), Set.of(), Map.of());
    }

    Reference withCostCenters(List<CostCenter> centers) {
        Set<String> ids = new HashSet<>();
        Set<String> parents = new HashSet<>();
        centers.forEach(c -> {
            ids.add(c.id());
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        });
        Set<String> leafIds = new HashSet<>(ids);
        leafIds.removeAll(parents);
        return new Reference(period, periods, currency, ids, leafIds, serviceOwners);
    }

    Reference withServices(List<ServiceOffering> services) {
        return new Reference(period, periods, currency, costCenters, leaves, services.stream()
                .collect(Collectors.toMap(ServiceOffering::id, ServiceOffering::costCenter)));
    }

    Reference withPeriods(Set<YearMonth> more) {
        Set<YearMonth> all = new HashSet<>(periods);
        all.addAll(more);
        return new Reference(period, all, currency, costCenters, leaves, serviceOwners);
    }
}
