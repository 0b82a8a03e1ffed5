package dev.chargeback.rules;

import dev.chargeback.allocation.AllocationRule;
import dev.chargeback.allocation.Method;

import java.util.List;

/** A parsed rules file: its SHA-256 goes into the run's manifest. */
public record RuleSet(String currency, Method method, List<String> stepOrder, int stepOrderLine,
                      String allocationAccount, String recoveryAccount, List<AllocationRule> rules, String sha256) {

    public String accountOf(int ruleNo) {
        AllocationRule rule = rules.get(ruleNo - 1);
        return rule.account() == null ? allocationAccount : rule.account();
    }

    public RuleSet withMethod(Method other) {
        return new RuleSet(currency, other, stepOrder, stepOrderLine, allocationAccount, recoveryAccount, rules, sha256);
    }
}
