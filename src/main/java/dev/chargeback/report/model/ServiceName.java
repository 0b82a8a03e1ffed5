package dev.chargeback.report.model;

/** A service as services.csv names it: id, the cost center that offers it, its name and its driver unit. */
public record ServiceName(String id, String costCenter, String name, String unit) {
}
