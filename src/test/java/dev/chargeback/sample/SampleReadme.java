package dev.chargeback.sample;

import dev.chargeback.sample.AllocationRulesFiles.Pool;
import dev.chargeback.sample.Northwind.Group;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.chargeback.sample.Northwind.PERIODS;
import static dev.chargeback.sample.Numbers.grouped;

/** sample-data/README.md: the company's story, the files, rows per month, pools, pool cost and drivers. */
final class SampleReadme {
    private final List<String> lines = new ArrayList<>();
    private final SampleFacts facts;

    private SampleReadme(SampleFacts facts) {
        this.facts = facts;
    }

    static String text(SampleFacts facts) {
        SampleReadme readme = new SampleReadme(facts);
        readme.add(SampleReadmeText.INTRO);
        readme.costCenters();
        readme.add(SampleReadmeText.FILES);
        readme.rowCounts();
        readme.add(SampleReadmeText.POOLS_HEADER);
        readme.pools();
        readme.add(SampleReadmeText.POOLS_NOTE);
        readme.poolCost();
        readme.drivers();
        readme.add(SampleReadmeText.CONVENTIONS.formatted((facts.size() + 512) / 1024));
        return String.join("\n", readme.lines) + "\n";
    }

    private void add(String block) {
        lines.addAll(block.lines().toList());
    }

    private void costCenters() {
        for (Group g : Northwind.GROUPS) {
            String leaves = Northwind.LEAVES.stream().filter(l -> l.parent().equals(g.id()))
                    .map(l -> "`" + l.id() + "`").collect(Collectors.joining(", "));
            lines.add("| `%s` (%s, %s) | %s |".formatted(g.id(), g.name(), g.kind(), leaves));
        }
    }

    private void rowCounts() {
        lines.add("| file | " + String.join(" | ", PERIODS) + " | total |");
        lines.add("|---|" + "---:|".repeat(PERIODS.size()) + "---:|");
        lines.add("| `cost_centers.csv` | - | - | - | " + (Northwind.GROUPS.size() + Northwind.LEAVES.size()) + " |");
        lines.add("| `services.csv` | - | - | - | " + Northwind.SERVICES.size() + " |");
        monthlyRowCount("costs.csv", facts.costs());
        monthlyRowCount("timesheets.csv", facts.timesheets());
        monthlyRowCount("usage.csv", facts.usage());
        monthlyRowCount("drivers.csv", facts.drivers());
        lines.add("");
    }

    private void monthlyRowCount(String name, List<List<String>> rows) {
        lines.add("| `%s` | %s | %d |".formatted(name, perMonth(p -> Integer.toString(facts.rows(rows, p))),
                rows.size()));
    }

    private void pools() {
        for (Pool pool : AllocationRulesFiles.POOLS) {
            String driver = pool.driver() != null ? pool.driver() : String.join("; ", pool.lines());
            lines.add("| %s | %s | %s |".formatted(poolName(pool), pool.basis(), driver.replace("|", "\\|")));
        }
        lines.add("");
    }

    private void poolCost() {
        lines.add("| pool | " + String.join(" | ", PERIODS) + " |");
        lines.add("|---|" + "---:|".repeat(PERIODS.size()));
        for (Pool pool : AllocationRulesFiles.POOLS) {
            String service = pool.service() == null ? "" : pool.service();
            lines.add("| %s | %s |".formatted(poolName(pool),
                    perMonth(p -> grouped(facts.poolCost(p, pool.costCenter(), service), 2))));
        }
        for (String cc : Northwind.SERVICE_CCS) {
            lines.add("| **%s total** | %s |".formatted(cc,
                    perMonth(p -> "**" + grouped(facts.serviceDepartmentCost(p, cc), 2) + "**")));
        }
        lines.add("| operating departments' own cost (not allocated) | %s |".formatted(
                perMonth(p -> grouped(facts.operatingCost(p), 2))));
        lines.add("");
    }

    private void drivers() {
        add(SampleReadmeText.DRIVERS_HEADER);
        for (String p : PERIODS) {
            lines.add("| %s | %s | %s | %d | %s | %s | %s | %s | %s |".formatted(p,
                    facts.hours(p, "IT", "").toPlainString(), facts.hours(p, "IT", "IT-HELPDESK").toPlainString(),
                    facts.tickets(p), facts.hours(p, "HR", "").toPlainString(),
                    facts.usage(p, "IT-LAPTOPS").toPlainString(), grouped(facts.usage(p, "IT-CLOUD"), 0),
                    facts.statistic(p, "HEADCOUNT").toPlainString(), grouped(facts.statistic(p, "SQM"), 1)));
        }
        lines.add("");
    }

    private static String poolName(Pool pool) {
        return "`" + pool.costCenter() + "`" + (pool.service() != null ? " / `" + pool.service() + "`" : " (general)");
    }

    private static String perMonth(Function<String, String> cell) {
        return PERIODS.stream().map(cell).collect(Collectors.joining(" | "));
    }

}
