package dev.chargeback.ledger;

import dev.chargeback.allocation.FlowKind;

import java.math.BigDecimal;

/**
 * A flow as posted (one row of allocations.csv): numbered in posting order, with the basis by its word (the rule's
 * basis is not rebuilt). {@code quantity} and {@code rate} are exact (null where none applies); amount in minor units.
 */
public record PostedFlow(int flowNo, int stage, FlowKind kind, int ruleNo, String pool, String sender,
                         String receiver, String service, String basis, String driver, BigDecimal quantity,
                         BigDecimal rate, long amount) {
}
