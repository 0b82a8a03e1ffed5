package dev.chargeback.allocation;

import java.math.BigDecimal;

/** What a service cost center offers, measured in a driver unit; rate and capacity are optional (null). */
public record ServiceOffering(String id, String costCenter, String name, String unit, BigDecimal rate,
                              BigDecimal capacity) {
}
