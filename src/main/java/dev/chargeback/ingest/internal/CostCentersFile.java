package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.ingest.InputKind;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** cost_centers.csv: the organisation's cost centers and their roll-up tree (table cost_center). */
final class CostCentersFile implements InputFile {

    @Override
    public InputKind kind() {
        return InputKind.COST_CENTERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("id", Column.ID), Column.required("name", Column.NAME),
                Column.required("kind", Column.UNLIMITED), Column.optional("parent", Column.ID));
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        return c -> c.outcome(center(c, rules));
    }

    private static Outcome center(Cells c, RowRules rules) {
        String id = rules.unique(c, "id", c.required("id"), "cost center");
        String name = c.required("name");
        String kind = c.required("kind");
        CostCenter.Kind k = null;
        if (kind != null) {
            try {
                k = CostCenter.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.fail("kind", kind, "expected SERVICE or OPERATING");
            }
        }
        String parent = c.optional("parent");
        if (parent.equals(id)) {
            c.fail("parent", parent, "a cost center cannot be its own parent");
        }
        return c.ok() ? new Outcome.CenterRow(new CostCenter(id, name, k, parent.isEmpty() ? null : parent), c.line())
                : null;
    }

    @Override
    public void finish(Totals totals, YearMonth period) {
        new ParentTree(kind().fileName(), totals).rejectBrokenParents();
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
        return reference.withCostCenters(store.costCenters(batchId));
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.costCenters(store.costCenters(batchId));
    }
}
