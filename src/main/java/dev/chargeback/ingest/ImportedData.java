package dev.chargeback.ingest;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.CostLine;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.ServiceOffering;

import java.util.List;

/** A period's imported data, in the allocation core's terms. */
public record ImportedData(List<CostCenter> costCenters, List<ServiceOffering> services, List<CostLine> costs,
                           List<DriverTotal> drivers) {
}
