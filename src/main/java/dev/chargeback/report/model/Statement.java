package dev.chargeback.report.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A receiving department's statement for a period: one line per pool that charged it (supplier, then pool order),
 * the total, the previous period's total (null without a previous run in force) and what reached it through other
 * service departments.
 */
public record Statement(YearMonth period, String receiver, String receiverName, boolean receiverIsService,
                        List<StatementLine> lines, BigDecimal total, BigDecimal previousTotal,
                        BigDecimal viaServiceDepartments) {
}
