/**
 * Periods (calendar months) and their state: OPEN, or CLOSED so that no run can post or reverse; closing and
 * reopening are explicit acts recorded with who and why.
 *
 * <p>Public API (used by run and cli): {@link dev.chargeback.period.Periods}, and the exceptions
 * {@link dev.chargeback.period.PeriodException} and {@link dev.chargeback.period.PeriodClosedException}; the store in
 * {@code internal} is package-private.
 */
package dev.chargeback.period;
