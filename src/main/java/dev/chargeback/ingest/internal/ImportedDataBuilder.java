package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.CostLine;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.ImportedData;

import java.util.ArrayList;
import java.util.List;

/** Collects a period's imported data file by file; each input file adds its part. */
final class ImportedDataBuilder {
    private final List<CostCenter> centers = new ArrayList<>();
    private final List<ServiceOffering> services = new ArrayList<>();
    private final List<CostLine> costs = new ArrayList<>();
    private final List<DriverTotal> drivers = new ArrayList<>();

    void costCenters(List<CostCenter> add) {
        centers.addAll(add);
    }

    void services(List<ServiceOffering> add) {
        services.addAll(add);
    }

    void costs(List<CostLine> add) {
        costs.addAll(add);
    }

    void drivers(List<DriverTotal> add) {
        drivers.addAll(add);
    }

    ImportedData build() {
        return new ImportedData(List.copyOf(centers), List.copyOf(services), List.copyOf(costs), List.copyOf(drivers));
    }
}
