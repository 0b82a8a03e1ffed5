package dev.chargeback.ingest.internal;

import java.util.Map;
import java.util.Set;

/**
 * What rows are validated against: the run's period, the periods the data directory holds (from costs.csv), the
 * cost centers (all ids, and the leaves that may consume), and the services with their cost centers.
 */
record Reference(String period, Set<String> periods, String currency, Set<String> costCenters, Set<String> leaves,
                 Map<String, String> serviceOwners) {
}
