package dev.chargeback.allocation;

import java.time.YearMonth;
import java.util.List;

/**
 * What a basis checks its settings against: the organisation, and the period's driver totals once they are
 * imported ({@code drivers} null before, when only the rules and the organisation are checked).
 */
record RuleContext(Organisation org, List<DriverTotal> drivers, YearMonth period) {

    boolean driversKnown() {
        return drivers != null;
    }

    /** A rule's driver: a usage driver must name a known service. */
    List<String> driverProblems(DriverRef driver) {
        if (driver.kind() == DriverRef.Kind.USAGE && org.service(driver.name()) == null) {
            return List.of("driver " + driver + " names an unknown service; add it to services.csv or fix the id");
        }
        return List.of();
    }

    /** "receiver 'X' is not a cost center ..." when {@code id} is not a leaf cost center, else null. */
    String leafProblem(String id, String what) {
        if (!org.knows(id)) {
            return what + " '" + id + "' is not a cost center in cost_centers.csv";
        }
        if (!org.isLeaf(id)) {
            return what + " '" + id + "' is a roll-up node (parent of other cost centers); name a leaf";
        }
        return null;
    }
}
