package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParentTreeTest {

    @Test
    void aCycleIsRejectedOnEachOfItsLinesAndItsChildrenLoseTheirParent() {
        Totals totals = totals(row("ROOT", null, 2), row("A", "C", 3), row("B", "A", 4), row("C", "B", 5),
                row("CHILD", "B", 6), row("LEAF", "ROOT", 7));

        new ParentTree("cost_centers.csv", totals).rejectBrokenParents();

        String cycle = "parent cycle A -> C -> B -> A; the parents must end at a root";
        assertThat(totals.rejects).extracting(r -> r.line() + "|" + r.column() + "|" + r.value() + "|" + r.reason())
                .containsExactly("3|parent|C|" + cycle, "4|parent|A|" + cycle, "5|parent|B|" + cycle,
                        "6|parent|B|unknown parent; expected the id of another cost center in this file");
        assertThat(totals.centers).extracting(c -> c.center().id()).containsExactly("ROOT", "LEAF");
        assertThat(totals.accepted).isEqualTo(2);
    }

    @Test
    void aTreeWithoutCyclesKeepsEveryRow() {
        Totals totals = totals(row("ROOT", null, 2), row("MID", "ROOT", 3), row("LEAF", "MID", 4));

        new ParentTree("cost_centers.csv", totals).rejectBrokenParents();

        assertThat(totals.rejects).isEmpty();
        assertThat(totals.accepted).isEqualTo(3);
    }

    private static Outcome.CenterRow row(String id, String parent, long line) {
        return new Outcome.CenterRow(new CostCenter(id, id, CostCenter.Kind.OPERATING, parent), line);
    }

    private static Totals totals(Outcome.CenterRow... rows) {
        Totals totals = new Totals("cost_centers.csv");
        List.of(rows).forEach(totals::add);
        return totals;
    }
}
