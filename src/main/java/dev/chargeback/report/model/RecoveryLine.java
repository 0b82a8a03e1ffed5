package dev.chargeback.report.model;

import java.math.BigDecimal;

/**
 * How one service pool recovered its cost. {@code costIn = ownCost + received = recovered + remainder};
 * {@code recovered} includes {@code toServiceDepartments}. All amounts at the currency's scale; a figure that does
 * not apply to the pool's basis is zero.
 *
 * <p>Rate basis: {@code underRecovery} is the posted UNDER_RECOVERY (positive) or OVER_RECOVERY (negative)
 * figure. It is split into {@code supplierOwnUse} (the supplier's own use, never charged, at the standard rate),
 * {@code serviceDepartmentsUse} (other service departments' use that the method did not charge, at the standard
 * rate) and {@code rateVariance} (the rest: cost in - standard rate x all quantity used), so the three add up to
 * it exactly. TDABC: {@code unusedCapacity} is the posted UNUSED_CAPACITY, split the same way into the two uses
 * (at the capacity cost rate) and {@code idleCapacity} (capacity nobody used). Each use is rate x quantity (the
 * other service departments' quantities summed first), HALF_EVEN to the cent; the variance or idle part takes the
 * residue. {@code otherRemainder} is NO_DRIVER and ROUNDING.
 */
public record RecoveryLine(String pool, String supplier, String supplierName, String service, String serviceName,
                           String basis, BigDecimal ownCost, BigDecimal received, BigDecimal costIn,
                           BigDecimal recovered, BigDecimal toServiceDepartments, BigDecimal remainder,
                           BigDecimal underRecovery, BigDecimal rateVariance, BigDecimal unusedCapacity,
                           BigDecimal idleCapacity, BigDecimal supplierOwnUse, BigDecimal serviceDepartmentsUse,
                           BigDecimal otherRemainder) {
}
