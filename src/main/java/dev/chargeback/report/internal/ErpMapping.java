package dev.chargeback.report.internal;

import java.util.Map;

/**
 * The mapping file of {@code export-journal}, read: ledger accounts and pools to GL accounts (one for both sides,
 * or one for the pool's own cost center, the sender, and one for the receivers), cost centers to cost-center
 * segments and company codes, and each profile's settings. A section left out maps as the identity (the ledger's
 * own account and cost center id); a section given must name every value the run uses. {@code lines} keeps the
 * line of each section, for messages. {@link #IDENTITY} is the mapping without a file.
 */
record ErpMapping(String file, String company, Map<String, Sides> accounts, Map<String, Sides> pools,
                  Map<String, CostCenter> costCenters, Map<String, Map<String, String>> settings,
                  Map<String, Integer> lines) {

    static final ErpMapping IDENTITY = new ErpMapping(null, "", null, Map.of(), null, Map.of(), Map.of());

    /** A GL account for the pool's own cost center (sender) and for the cost centers it charges (receiver). */
    record Sides(String sender, String receiver) {
        String of(boolean isSender) {
            return isSender ? sender : receiver;
        }
    }

    /** A cost center's segment, and its company code (null: the file's default {@code company}). */
    record CostCenter(String segment, String company) {
    }

    /** The GL account of a line, or null when the file's {@code accounts:} does not name it. */
    String glAccount(String pool, String ledgerAccount, boolean sender) {
        if (pools.containsKey(pool)) {
            return pools.get(pool).of(sender);
        }
        if (accounts == null) {
            return ledgerAccount;
        }
        Sides sides = accounts.get(ledgerAccount);
        return sides == null ? null : sides.of(sender);
    }

    /** The cost center's segment and company, or null when the file's {@code cost_centers:} does not name it. */
    CostCenter costCenter(String id) {
        if (costCenters == null) {
            return new CostCenter(id, company);
        }
        CostCenter c = costCenters.get(id);
        return c == null ? null : new CostCenter(c.segment(), c.company() == null ? company : c.company());
    }

    /** "mapping.yaml (accounts: line 4)": where a missing value belongs. */
    String where(String section) {
        return file + " (" + section + ": line " + lines.get(section) + ")";
    }
}
