package dev.chargeback.allocation;

import java.util.List;

/**
 * The allocation part of a rules file: the method, the step order (and its line) and the pools in file order.
 * {@code file} is the rules file as the user named it; messages about a rule name it and the rule's line.
 */
public record AllocationRules(String file, Method method, List<String> stepOrder, int stepOrderLine,
                              List<AllocationRule> pools) {

    public AllocationRules {
        stepOrder = stepOrder == null ? List.of() : List.copyOf(stepOrder);
        pools = List.copyOf(pools);
    }

    public AllocationRules withMethod(Method other) {
        return new AllocationRules(file, other, stepOrder, stepOrderLine, pools);
    }

    /** "/tmp/x/rules.yaml line 12 (pool IT)": where a message about a rule points. */
    public String where(AllocationRule rule) {
        return file + " line " + rule.line() + " (pool " + rule.poolId() + ")";
    }

    /** "/tmp/x/rules.yaml line 3": where a message about the step order points. */
    String whereStepOrder() {
        return file + " line " + stepOrderLine;
    }
}
