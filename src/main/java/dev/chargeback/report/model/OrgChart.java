package dev.chargeback.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names and the hierarchy of the run's organisation (cost_centers.csv and services.csv as imported for the
 * run), with the look-ups every report needs: a name beside each id, the ancestors of a department for roll-ups.
 * An unknown id is named by itself, so that a report never prints an empty name.
 */
public final class OrgChart {
    private final List<Department> departments;
    private final List<ServiceName> services;
    private final Map<String, Department> byId;
    private final Map<String, ServiceName> serviceById;

    public OrgChart(List<Department> departments, List<ServiceName> services) {
        this.departments = List.copyOf(departments);
        this.services = List.copyOf(services);
        this.byId = this.departments.stream()
                .collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a));
        this.serviceById = this.services.stream()
                .collect(Collectors.toMap(ServiceName::id, Function.identity(), (a, b) -> a));
    }

    /** Every cost center in the order of cost_centers.csv. */
    public List<Department> departments() {
        return departments;
    }

    /** Every service in the order of services.csv. */
    public List<ServiceName> services() {
        return services;
    }

    public Optional<Department> department(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The department's name, or the id itself when cost_centers.csv does not hold it. */
    public String name(String costCenter) {
        return department(costCenter).map(Department::name).orElse(costCenter);
    }

    /** The service's name ("" for the general pool of a cost center, whose service is ""). */
    public String serviceName(String serviceId) {
        if (serviceId == null || serviceId.isEmpty()) {
            return "";
        }
        ServiceName s = serviceById.get(serviceId);
        return s == null ? serviceId : s.name();
    }

    /** The service's driver unit from services.csv ("" when unknown). */
    public String unit(String serviceId) {
        ServiceName s = serviceById.get(serviceId);
        return s == null ? "" : s.unit();
    }

    /** Parent, grandparent ... up to the top, nearest first (empty for a department without parent). */
    public List<String> ancestors(String costCenter) {
        List<String> result = new ArrayList<>();
        Department d = byId.get(costCenter);
        while (d != null && !d.parent().isEmpty() && !result.contains(d.parent()) && result.size() < byId.size()) {
            result.add(d.parent());
            d = byId.get(d.parent());
        }
        return result;
    }

    /** The departments that are not roll-up nodes and have {@code node} among their ancestors. */
    public List<String> leavesUnder(String node) {
        return departments.stream().filter(d -> !d.rollUp() && ancestors(d.id()).contains(node))
                .map(Department::id).toList();
    }
}
