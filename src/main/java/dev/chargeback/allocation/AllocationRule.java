package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How one pool is allocated: one entry of {@code pools:} in rules.yaml. {@code ruleNo} is its 1-based position,
 * {@code line} its line in the rules file (for messages). Optional fields are null (lists and maps empty).
 */
public record AllocationRule(int ruleNo, int line, String costCenter, String service, Basis basis, DriverRef driver,
                             List<String> receivers, Map<String, BigDecimal> shares, BigDecimal rate,
                             String recoveryTo, boolean remainderWhenNoDriver, String account) {

    public AllocationRule {
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
        shares = shares == null ? Map.of() : Map.copyOf(shares);
    }

    /** The pool's name: the cost center, or cost center/service. */
    public String poolId() {
        return service == null ? costCenter : costCenter + "/" + service;
    }

    /** "pool IT/IT-CLOUD (rules line 14)": how messages name a rule. */
    public String describe() {
        return "pool " + poolId() + " (rules line " + line + ")";
    }
}
