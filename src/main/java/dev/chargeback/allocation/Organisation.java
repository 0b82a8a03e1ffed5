package dev.chargeback.allocation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cost centers and services of a run, with the look-ups the methods need. */
final class Organisation {
    private final Map<String, CostCenter> costCenters = new LinkedHashMap<>();
    private final Map<String, ServiceOffering> services = new LinkedHashMap<>();
    private final List<String> leaves;

    Organisation(List<CostCenter> centers, List<ServiceOffering> offerings) {
        Set<String> parents = new HashSet<>();
        for (CostCenter c : centers) {
            costCenters.put(c.id(), c);
            if (c.parent() != null && !c.parent().isEmpty()) {
                parents.add(c.parent());
            }
        }
        offerings.forEach(s -> services.put(s.id(), s));
        leaves = centers.stream().map(CostCenter::id).filter(id -> !parents.contains(id)).sorted().toList();
    }

    boolean knows(String costCenter) {
        return costCenters.containsKey(costCenter);
    }

    boolean isLeaf(String costCenter) {
        return leaves.contains(costCenter);
    }

    boolean isService(String costCenter) {
        CostCenter c = costCenters.get(costCenter);
        return c != null && c.isService();
    }

    /** Leaf cost centers in id order: the default receivers of every rule. */
    List<String> leaves() {
        return leaves;
    }

    ServiceOffering service(String id) {
        return services.get(id);
    }

    Set<String> operatingLeaves() {
        Set<String> result = new HashSet<>();
        for (String id : leaves) {
            if (!isService(id)) {
                result.add(id);
            }
        }
        return result;
    }
}
