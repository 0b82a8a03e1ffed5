/**
 * Periods (calendar months) and their state: OPEN, or CLOSED so that no run can post or reverse; closing and
 * reopening are explicit acts recorded with who and why.
 */
package dev.chargeback.period;
