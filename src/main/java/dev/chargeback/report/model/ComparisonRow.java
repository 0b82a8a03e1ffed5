package dev.chargeback.report.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one supplier (scope SUPPLIER: all its pools) or one of its pools (scope POOL) cost one receiving department
 * in one period, with the figures an IT leader compares departments by. Amounts are in the run's currency at its
 * minor-unit scale; every ratio is a BigDecimal rounded HALF_EVEN (per head and per hour to
 * {@link Ratios#PER_SCALE} places, per unit to {@link Ratios#PER_UNIT_SCALE}) and null where its quantity is
 * missing or zero.
 *
 * @param receiver     the receiving department, or a roll-up node ({@code rollUp}) summing the departments under it
 * @param pool         the pool ("IT", "IT/IT-HELPDESK"); "" for scope SUPPLIER
 * @param service      the pool's service ("" for the general pool and for scope SUPPLIER)
 * @param headcount    the receiver's HEADCOUNT driver of the period (drivers.csv), whatever the pool's basis
 * @param hours        the supplier's timesheet hours for the receiver; scope POOL: the hours that drive the pool
 *                     (null for a pool not driven by hours: cloud, seats, headcount have no hours of their own)
 * @param quantity     the pool's driver quantity for the receiver (scope POOL, driver bases only; else null)
 * @param unit         the unit of {@code quantity}: services.csv's unit for usage, "hours", or the stat driver's name
 * @param rank         1 for the receiving department that the supplier (or pool) cost most in the period, ties by
 *                     id; 0 on roll-up rows
 */
public record ComparisonRow(YearMonth period, Scope scope, String receiver, String receiverName, boolean rollUp,
                            boolean receiverIsService, String supplier, String supplierName, String pool,
                            String service, String serviceName, BigDecimal amount, BigDecimal headcount,
                            BigDecimal perHead, BigDecimal hours, BigDecimal perHour, BigDecimal quantity, String unit,
                            BigDecimal perUnit, int rank) {

    /** SUPPLIER: everything one supplier cost the receiver; POOL: one pool (service) of that supplier. */
    public enum Scope { SUPPLIER, POOL }
}
