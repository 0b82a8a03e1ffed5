package dev.chargeback.allocation;

import java.util.List;

/**
 * How one pool is allocated: one entry of {@code pools:} in rules.yaml. {@code ruleNo} is its 1-based position,
 * {@code line} its line in the rules file (for messages); {@code basis} holds the basis' own settings. Optional
 * fields are null ({@code receivers} empty).
 */
public record AllocationRule(int ruleNo, int line, String costCenter, String service, AllocationBasis basis,
                             List<String> receivers, String account) {

    public AllocationRule {
        java.util.Objects.requireNonNull(basis, "basis");
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }

    /** The driver of the rule's basis; null for a basis without one (fixed, even). */
    public DriverRef driver() {
        return basis.driver();
    }

    /** The pool's name: the cost center, or cost center/service. */
    public String poolId() {
        return service == null ? costCenter : costCenter + "/" + service;
    }

    /**
     * "pool IT/IT-CLOUD (rules line 14)": how warnings name a rule. Warnings are kept with the run, so they do not
     * depend on where the rules file was; errors name the file ({@link AllocationRules#where}).
     */
    public String describe() {
        return "pool " + poolId() + " (rules line " + line + ")";
    }

    /** The service whose rate or capacity applies: the pool's own, else the usage driver's; null when none. */
    String offeredService() {
        if (service != null) {
            return service;
        }
        DriverRef d = driver();
        return d != null && d.kind() == DriverRef.Kind.USAGE ? d.name() : null;
    }
}
