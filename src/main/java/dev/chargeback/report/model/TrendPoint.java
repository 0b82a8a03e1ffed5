package dev.chargeback.report.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One period of a receiving department's cost from one supplier, from that period's run in force (its id and
 * method said, since periods may have been run with different methods). Ratios as in {@link ComparisonRow}.
 */
public record TrendPoint(YearMonth period, String runId, String method, String receiver, String receiverName,
                         boolean rollUp, String supplier, String supplierName, BigDecimal amount, BigDecimal perHead,
                         BigDecimal perHour) {
}
