package dev.chargeback.rules;

import dev.chargeback.allocation.AllocationRule;
import dev.chargeback.allocation.AllocationRules;
import dev.chargeback.allocation.Method;

import java.util.List;

/**
 * A parsed rules file: the currency, the allocation rules (with the file's name as the user gave it, for messages),
 * the journal accounts, its SHA-256 for the run's manifest, and its text (without a byte-order mark), which the
 * ledger keeps with each run.
 */
public record RuleSet(String currency, AllocationRules allocation, String allocationAccount, String recoveryAccount,
                      String sha256, String text) {

    /** The rules file as the user named it (e.g. the path given to {@code --rules}). */
    public String file() {
        return allocation.file();
    }

    public Method method() {
        return allocation.method();
    }

    public List<String> stepOrder() {
        return allocation.stepOrder();
    }

    public int stepOrderLine() {
        return allocation.stepOrderLine();
    }

    /** The pools' rules in file order. */
    public List<AllocationRule> rules() {
        return allocation.pools();
    }

    public String accountOf(int ruleNo) {
        AllocationRule rule = rules().get(ruleNo - 1);
        return rule.account() == null ? allocationAccount : rule.account();
    }

    public RuleSet withMethod(Method other) {
        return new RuleSet(currency, allocation.withMethod(other), allocationAccount, recoveryAccount, sha256, text);
    }
}
