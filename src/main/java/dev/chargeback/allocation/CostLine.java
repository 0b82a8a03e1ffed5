package dev.chargeback.allocation;

import java.math.BigDecimal;

/** A total of general-ledger cost lines of one period for one cost center, service ("" when none) and account. */
public record CostLine(String costCenter, String service, String account, String currency, BigDecimal amount) {
}
