package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.Reject;

import java.time.YearMonth;
import java.math.BigDecimal;

/** What validating one row gave: an accepted value of the file's kind, a reject, or a row of another period. */
sealed interface Outcome {
    record Rejected(Reject reject) implements Outcome { }

    record OtherPeriod(YearMonth period) implements Outcome { }

    record CenterRow(CostCenter center, long line) implements Outcome { }

    record ServiceRow(ServiceOffering service, long line) implements Outcome { }

    record CostRow(String costCenter, String service, String account, String currency, BigDecimal amount, long line)
            implements Outcome { }

    record DriverRow(DriverRef.Kind kind, String subject, String service, String costCenter, BigDecimal quantity,
                     long line) implements Outcome { }
}
