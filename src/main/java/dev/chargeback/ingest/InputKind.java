package dev.chargeback.ingest;

import java.util.List;

/** The input files of a data directory, with their required and optional columns (SPEC.md, version 1). */
public enum InputKind {
    COST_CENTERS("cost_centers.csv", List.of("id", "name", "kind"), List.of("parent")),
    SERVICES("services.csv", List.of("id", "cost_center", "name", "unit"), List.of("rate", "capacity")),
    COSTS("costs.csv", List.of("period", "cost_center", "account", "amount"), List.of("currency", "service")),
    TIMESHEETS("timesheets.csv", List.of("date", "employee", "cost_center", "customer", "hours"),
            List.of("service", "ticket", "note")),
    USAGE("usage.csv", List.of("date", "service", "customer", "quantity"), List.of("reference")),
    DRIVERS("drivers.csv", List.of("period", "cost_center", "driver", "value"), List.of());

    private final String fileName;
    private final List<String> required;
    private final List<String> optional;

    InputKind(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** The word stored with an import batch and used in job parameters. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
