package dev.chargeback.report.model;

import java.math.BigDecimal;

/**
 * One service on a department's statement: what it was charged by one pool, for which quantity of the driver at
 * which unit rate, and the change from the previous period's run in force.
 *
 * @param quantity             the receiver's driver quantity (percent for fixed shares, 1 for even), as posted
 * @param unit                 services.csv's unit for usage drivers, "hours", the stat driver's name, "%" for fixed
 *                             shares, "share" for even splits
 * @param rate                 the unit rate as posted (null where the basis has none)
 * @param previousAmount       the same pool's charge to the receiver in the previous period's run in force (null
 *                             when there is no such run; zero when that run charged nothing)
 * @param change               amount - previousAmount (null without a previous run)
 * @param viaServiceDepartments the part of the amount that reached the pool from other service departments
 *                             (step-down, reciprocal): amount x received / (own + received) of the pool, HALF_EVEN
 *                             to the cent; zero under direct
 * @param viaFrom              the service departments that sent cost into the pool's cost center, by id
 */
public record StatementLine(String supplier, String supplierName, String pool, String service, String serviceName,
                            String basis, String driver, BigDecimal quantity, String unit, BigDecimal rate,
                            BigDecimal amount, BigDecimal previousAmount, BigDecimal change,
                            BigDecimal viaServiceDepartments, java.util.List<String> viaFrom) {
}
