package dev.chargeback.report.model;

/**
 * A cost center as cost_centers.csv names it: id, name, whether it is a service (supplier) cost center, its parent
 * ("" at the top) and whether it is a roll-up node (the parent of another; it never receives cost itself).
 */
public record Department(String id, String name, boolean service, String parent, boolean rollUp) {
}
