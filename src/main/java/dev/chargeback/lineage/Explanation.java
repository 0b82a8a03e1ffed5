package dev.chargeback.lineage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one receiver was charged in one run, traced back: for each flow into it (optionally from one sender), the
 * journal line it was posted on, the flow, the rule (number and line in the rules file), the pool's cost and what
 * reached the pool from other service cost centers, the arithmetic that gives the amount to the cent, and (when
 * asked) the GL lines of the pool and the source rows of the receiver's driver quantity. Amounts are in the run's
 * currency at its minor-unit scale.
 */
public record Explanation(String runId, String period, String method, String currency, String rulesFile,
                          String receiver, String sender, BigDecimal charged, List<Charge> charges, List<String> notes) {

    public record Charge(Flow flow, Journal journal, Rule rule, Pool pool, Arithmetic arithmetic,
                         List<Inflow> throughServices, List<SourceRow> glLines, List<SourceRow> driverRows) {
    }

    /** The flow (a row of allocations.csv): its number, stage, pool, basis, driver and the receiver's quantity. */
    public record Flow(int flowNo, int stage, String pool, String sender, String receiver, String basis, String driver,
                       BigDecimal quantity, BigDecimal amount) {
    }

    /** The journal line that posted the flow. */
    public record Journal(String runId, int entry, int line, String costCenter, String account, BigDecimal debit,
                          BigDecimal credit) {
    }

    /** The rule: its position among the pools, and its line in the rules file (null when not archived). */
    public record Rule(int ruleNo, String file, Integer line) {
    }

    /**
     * The pool: own cost (its GL lines), received from other service pools, its total; {@code fullCost} is the
     * reciprocal solution's full cost (null for the other methods, where the total is the full cost).
     */
    public record Pool(String pool, String costCenter, String service, int stage, BigDecimal own, BigDecimal received,
                       BigDecimal total, BigDecimal fullCost) {
    }

    /**
     * posted = rounding(base x quantity / divisor). {@code rounding} says how: {@code largest-remainder-down} or
     * {@code largest-remainder-up} (the exact share floored to the cent, one cent more when it got one of the cents
     * left after flooring), {@code half-even} (reciprocal flows into another service pool), {@code half-up} (standard
     * rate x quantity). {@code fixed} are the pool's amounts set before the split (charges to other service pools).
     */
    public record Arithmetic(String baseIs, BigDecimal base, List<Fixed> fixed, BigDecimal quantity,
                             String divisorIs, BigDecimal divisor, BigDecimal exact, BigDecimal posted,
                             String rounding) {
    }

    public record Fixed(int flowNo, String receiver, BigDecimal amount) {
    }

    /**
     * Cost that reached the pool from another service pool (step-down stages, reciprocal solution), and the part of
     * it that went on to the receiver: amount x (receiver's amount / pool total), to the cent.
     */
    public record Inflow(int flowNo, String fromPool, String sender, BigDecimal amount, BigDecimal fullCostOfSender,
                         BigDecimal reachedReceiver) {
    }

    /** A source row: file, physical line, every cell by column, and the value it added. */
    public record SourceRow(String file, long line, Map<String, String> values, BigDecimal value) {
    }
}
