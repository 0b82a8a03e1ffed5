package dev.chargeback.allocation;

import java.math.BigDecimal;

/**
 * A driver quantity of one period for one consuming cost center. {@code subject} is the supplier cost center for
 * hours, the service id for usage, the statistical driver's name for stat; {@code service} is the timesheet's
 * service for hours ("" when none) and "" otherwise.
 */
public record DriverTotal(DriverRef.Kind kind, String subject, String service, String costCenter,
                          BigDecimal quantity) {
}
