package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.Reject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parents of cost_centers.csv, known only once the whole file is read: a parent must be another cost center of
 * the file, and following parents must end at a root. Rows in a parent cycle (A -> B -> A) are rejected naming the
 * cycle; then rows whose parent is unknown (or was itself rejected), until every remaining parent is known.
 */
final class ParentTree {
    private final String file;
    private final Totals totals;

    ParentTree(String file, Totals totals) {
        this.file = file;
        this.totals = totals;
    }

    void rejectBrokenParents() {
        rejectCycles();
        boolean removed = true;
        while (removed) {
            removed = false;
            Set<String> ids = ids();
            for (Outcome.CenterRow c : List.copyOf(totals.centers)) {
                String parent = c.center().parent();
                if (parent != null && !ids.contains(parent)) {
                    remove(c, parent, "unknown parent; expected the id of another cost center in this file");
                    removed = true;
                }
            }
        }
    }

    private void rejectCycles() {
        Map<String, Outcome.CenterRow> byId = new HashMap<>();
        totals.centers.forEach(c -> byId.put(c.center().id(), c));
        Set<String> cleared = new HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (Outcome.CenterRow start : totals.centers) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String id = start.center().id();
            while (id != null && byId.containsKey(id) && !cleared.contains(id) && path.add(id)) {
                id = byId.get(id).center().parent();
            }
            if (id != null && path.contains(id)) {
                List<String> list = new ArrayList<>(path);
                cycles.add(list.subList(list.indexOf(id), list.size()));
            }
            cleared.addAll(path);
        }
        for (List<String> cycle : cycles) {
            String shown = String.join(" -> ", cycle) + " -> " + cycle.getFirst();
            cycle.stream().map(byId::get).sorted(java.util.Comparator.comparingLong(Outcome.CenterRow::line))
                    .forEach(row -> remove(row, row.center().parent(), "parent cycle " + shown
                            + "; the parents must end at a root"));
        }
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        totals.centers.forEach(c -> ids.add(c.center().id()));
        return ids;
    }

    private void remove(Outcome.CenterRow row, String parent, String reason) {
        totals.centers.remove(row);
        totals.accepted--;
        totals.reject(new Reject(file, row.line(), "parent", parent, reason));
    }
}
