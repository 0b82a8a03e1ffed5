package dev.chargeback.allocation;

import java.util.List;

/** What a basis needs to spread a pool: the organisation (rates, capacities), the currency, the run's warnings. */
record SpreadContext(Organisation org, Money money, List<String> warnings) {
}
