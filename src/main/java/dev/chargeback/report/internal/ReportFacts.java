package dev.chargeback.report.internal;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What report.html and report.xlsx show about one period, read from the ledger through the run archive: the run
 * in force, its flows, journal and pools, the trend of every period up to it, names beside ids, and the report
 * model's sections (comparison, statements, recovery) as tables. Amounts stay in minor units here.
 *
 * @param trend   per period (oldest first), what each receiving department (neither a roll-up nor a service
 *                department) was charged by all suppliers, from the report model's trend, in minor units
 * @param names   id to name of cost centers and services; an id without a name is shown alone
 */
record ReportFacts(RunHeader run, Money money, List<PostedFlow> flows, List<JournalEntry> journal,
                   List<PoolResult> pools, Map<YearMonth, Map<String, Long>> trend, Map<String, String> names,
                   List<ReportTable> sections) {

    YearMonth period() {
        return run.period();
    }

    /** The cost centers that own a pool of this run (the suppliers: IT, HR, Facilities). */
    Set<String> suppliers() {
        return suppliersOf(pools);
    }

    static Set<String> suppliersOf(List<PoolResult> pools) {
        return pools.stream().map(PoolResult::costCenter).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "Marketing (MARKETING)", or the id alone when no name is known. */
    String label(String id) {
        String name = names.get(id);
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** ALLOCATION flows into receiving departments (not suppliers), the ones departments pay. */
    List<PostedFlow> charges() {
        Set<String> suppliers = suppliers();
        return flows.stream().filter(f -> f.kind() == FlowKind.ALLOCATION && !suppliers.contains(f.receiver()))
                .toList();
    }

    /** The service a flow charges for: its service, or the pool when the pool is a whole cost center's. */
    static String serviceOf(PostedFlow f) {
        return f.service() == null || f.service().isEmpty() ? f.pool() : f.service();
    }
}
