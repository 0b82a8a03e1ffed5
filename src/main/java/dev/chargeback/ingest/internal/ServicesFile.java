package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.InputKind;

import java.math.BigDecimal;
import java.util.List;

/** services.csv: the services each service cost center offers, with optional rate and capacity (table service). */
final class ServicesFile implements InputFile {

    @Override
    public InputKind kind() {
        return InputKind.SERVICES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("id", Column.ID), Column.required("cost_center", Column.ID),
                Column.required("name", Column.NAME), Column.required("unit", Column.ID),
                Column.optional("rate", Column.UNLIMITED), Column.optional("capacity", Column.UNLIMITED));
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        return c -> c.outcome(service(c, rules));
    }

    private static Outcome service(Cells c, RowRules rules) {
        String id = rules.unique(c, "id", c.required("id"), "service");
        String owner = c.oneOf("cost_center", rules.reference().costCenters(), "cost center");
        String name = c.required("name");
        String unit = c.required("unit");
        BigDecimal rate = c.decimal("rate", Cells.QUANTITY_SCALE, false);
        BigDecimal capacity = c.decimal("capacity", Cells.QUANTITY_SCALE, false);
        if (rate != null && rate.signum() < 0) {
            c.fail("rate", rate.toPlainString(), "must not be negative");
        }
        if (capacity != null && capacity.signum() <= 0) {
            c.fail("capacity", capacity.toPlainString(), "must be greater than zero");
        }
        return c.ok() ? new Outcome.ServiceRow(new ServiceOffering(id, owner, name, unit, rate, capacity), c.line())
                : null;
    }

    @Override
    public boolean describesOrganisation() {
        return true;
    }

    @Override
    public boolean providesReference() {
        return true;
    }

    @Override
    public Reference provide(Reference reference, long batchId, ImportStore store) {
        return reference.withServices(store.services(batchId));
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.services(store.services(batchId));
    }
}
