package dev.chargeback.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a rule set against the organisation (and, once imported, the period's driver data) before anything is
 * allocated. Every problem names the rules file, the line and what to change; all are reported at once. What a
 * basis needs of its settings, the basis checks ({@link AllocationBasis#problems}).
 */
final class RuleCheck {
    private final AllocationRules rules;
    private final RuleContext context;
    private final List<String> problems = new ArrayList<>();

    RuleCheck(AllocationRules rules, RuleContext context) {
        this.rules = rules;
        this.context = context;
    }

    List<String> problems() {
        Set<String> pools = new HashSet<>();
        for (AllocationRule rule : rules.pools()) {
            if (!pools.add(rule.poolId())) {
                problem(rule, "pool " + rule.poolId() + " is defined twice; keep one rule per pool");
            }
            checkSender(rule);
            for (String r : rule.receivers()) {
                String leaf = context.leafProblem(r, "receiver");
                if (leaf != null) {
                    problem(rule, leaf);
                }
            }
            rule.basis().problems(rule, context).forEach(p -> problem(rule, p));
        }
        if (rules.method() == Method.STEP_DOWN && !rules.stepOrder().isEmpty()) {
            checkStepOrder();
        }
        return problems;
    }

    private void checkSender(AllocationRule rule) {
        Organisation org = context.org();
        if (!org.knows(rule.costCenter())) {
            problem(rule, "unknown cost center '" + rule.costCenter() + "': add it to cost_centers.csv or fix the id");
        } else if (!org.isService(rule.costCenter())) {
            problem(rule, "cost center '" + rule.costCenter() + "' is OPERATING; only SERVICE cost centers have pools");
        }
        if (rule.service() != null) {
            ServiceOffering s = org.service(rule.service());
            if (s == null) {
                problem(rule, "unknown service '" + rule.service() + "': add it to services.csv or fix the id");
            } else if (!s.costCenter().equals(rule.costCenter())) {
                problem(rule, "service '" + rule.service() + "' belongs to " + s.costCenter() + ", not "
                        + rule.costCenter());
            }
        }
    }

    private void checkStepOrder() {
        Set<String> withPools = new LinkedHashSet<>();
        rules.pools().forEach(r -> withPools.add(r.costCenter()));
        Set<String> seen = new HashSet<>();
        String where = rules.whereStepOrder() + ": step_order ";
        for (String id : rules.stepOrder()) {
            if (!seen.add(id)) {
                problems.add(where + "names " + id + " twice");
            } else if (!withPools.contains(id)) {
                problems.add(where + "names " + id + ", which has no pool in the rules");
            }
        }
        for (String id : withPools) {
            if (!seen.contains(id)) {
                problems.add(where + "misses service pool " + id + "; add it where it should close");
            }
        }
    }

    private void problem(AllocationRule rule, String text) {
        problems.add(rules.where(rule) + ": " + text);
    }
}
