package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.allocated;
import static dev.chargeback.allocation.AllocationFixture.pool;
import static dev.chargeback.allocation.AllocationFixture.poolResult;
import static dev.chargeback.allocation.AllocationFixture.remainder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/**
 * Rate basis (standard rate x quantity, the difference is under- or over-recovery) and TDABC (capacity cost rate =
 * cost / practical capacity, unused capacity reported). Amounts in cents.
 */
class RateAndTdabcTest {

    private static AllocationFixture organisation() {
        return AllocationFixture.direct().services("IT").operating("SALES", "MFG", "FINANCE");
    }

    /** IT costs 1000.00 and logged 10 hours for SALES and 8 for MFG. */
    private static AllocationFixture itHours() {
        return organisation().cost("IT", "1000.00").hours("IT", "SALES", "10").hours("IT", "MFG", "8");
    }

    /** IT's help desk costs 1000.00, SALES used 60 hours and MFG 20 of a practical capacity given here. */
    private static AllocationFixture helpdesk(String capacity) {
        return organisation().offering("IT-HELPDESK", "IT", null, capacity).cost("IT", "IT-HELPDESK", "1000.00")
                .pool(pool("IT").service("IT-HELPDESK").tdabc("hours"))
                .hours("IT", "IT-HELPDESK", "SALES", "60").hours("IT", "IT-HELPDESK", "MFG", "20");
    }

    @Test
    void underRecoveryIsKeptByTheSupplier() {
        AllocationResult result = itHours().pool(pool("IT").rate("hours", "45.00")).allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(45_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(36_000);
        assertThat(result.flows()).filteredOn(f -> f.kind() == FlowKind.UNDER_RECOVERY).singleElement()
                .satisfies(f -> {
                    assertThat(f.receiver()).isEqualTo("IT");
                    assertThat(f.amount()).isEqualTo(19_000);
                });
        assertThat(result.detail().rates()).singleElement().satisfies(card -> {
            assertThat(card.rate()).isEqualByComparingTo("45");
            assertThat(card.quantity()).isEqualByComparingTo("18");
            assertThat(card.poolTotal()).isEqualTo(100_000);
            assertThat(card.charged()).isEqualTo(81_000);
            assertThat(card.recovery()).isEqualTo(19_000);
            assertThat(card.recoveryTo()).isEqualTo("IT");
        });
    }

    @Test
    void underRecoveryGoesToTheRecoveryCostCenterWhenTheRuleNamesOne() {
        AllocationResult result = itHours().pool(pool("IT").rate("hours", "45.00").recoveryTo("FINANCE")).allocate();

        assertThat(result.flows()).filteredOn(f -> f.kind() == FlowKind.UNDER_RECOVERY).singleElement()
                .satisfies(f -> {
                    assertThat(f.sender()).isEqualTo("IT");
                    assertThat(f.receiver()).isEqualTo("FINANCE");
                    assertThat(f.amount()).isEqualTo(19_000);
                });
        assertThat(allocated(result, "IT", "FINANCE")).isZero();
    }

    @Test
    void overRecoveryIsANegativeRemainder() {
        AllocationResult result = itHours().pool(pool("IT").rate("hours", "60")).allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(60_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(48_000);
        assertThat(remainder(result, "IT", FlowKind.OVER_RECOVERY)).isEqualTo(-8_000);
        assertThat(remainder(result, "IT", FlowKind.UNDER_RECOVERY)).isZero();
        assertThat(poolResult(result, "IT").allocated()).isEqualTo(108_000);
        assertThat(poolResult(result, "IT").remainder()).isEqualTo(-8_000);
    }

    @Test
    void rateComesFromServicesCsvWhenTheRuleGivesNone() {
        AllocationResult result = organisation().offering("IT-LAPTOPS", "IT", "45.00", null).cost("IT", "1000.00")
                .pool(pool("IT").rate("usage:IT-LAPTOPS", null))
                .usage("IT-LAPTOPS", "SALES", "10").usage("IT-LAPTOPS", "MFG", "8")
                .allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(45_000);
        assertThat(remainder(result, "IT", FlowKind.UNDER_RECOVERY)).isEqualTo(19_000);
    }

    @Test
    void eachChargeIsRoundedHalfUpToTheCent() {
        AllocationResult result = organisation().cost("IT", "1.00")
                .pool(pool("IT").rate("hours", "0.125"))
                .hours("IT", "SALES", "1").hours("IT", "MFG", "3")
                .allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(13);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(38);
        assertThat(remainder(result, "IT", FlowKind.UNDER_RECOVERY)).isEqualTo(49);
    }

    @Test
    void ratePoolWithNoQuantityIsAllUnderRecovery() {
        AllocationResult result = organisation().cost("IT", "250.00").pool(pool("IT").rate("hours", "45")).allocate();

        assertThat(remainder(result, "IT", FlowKind.UNDER_RECOVERY)).isEqualTo(25_000);
        assertThat(poolResult(result, "IT").allocated()).isZero();
    }

    @Test
    void rateBasisWithoutAnyRateIsRefusedWithItsLine() {
        AllocationFixture fixture = itHours().pool(pool("IT").rate("hours", null));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool IT)")
                .withMessageContaining("basis rate needs a rate");
    }

    @Test
    void tdabcChargesTimeUsedAtTheCapacityCostRateAndReportsUnusedCapacity() {
        AllocationResult result = helpdesk("100").allocate();

        assertThat(allocated(result, "IT/IT-HELPDESK", "SALES")).isEqualTo(60_000);
        assertThat(allocated(result, "IT/IT-HELPDESK", "MFG")).isEqualTo(20_000);
        assertThat(result.flows()).filteredOn(f -> f.kind() == FlowKind.UNUSED_CAPACITY).singleElement()
                .satisfies(f -> {
                    assertThat(f.receiver()).isEqualTo("IT");
                    assertThat(f.amount()).isEqualTo(20_000);
                });
        assertThat(result.detail().tdabc()).singleElement().satisfies(t -> {
            assertThat(t.rate()).isEqualByComparingTo("10");
            assertThat(t.used()).isEqualByComparingTo("80");
            assertThat(t.unusedTime()).isEqualByComparingTo("20");
            assertThat(t.unusedAmount()).isEqualTo(20_000);
            assertThat(t.overCapacity()).isFalse();
        });
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void tdabcOverCapacitySpreadsThePoolOverTimeUsedWithAWarningAndNoUnusedCapacity() {
        AllocationResult result = helpdesk("50").allocate();

        assertThat(allocated(result, "IT/IT-HELPDESK", "SALES")).isEqualTo(75_000);
        assertThat(allocated(result, "IT/IT-HELPDESK", "MFG")).isEqualTo(25_000);
        assertThat(remainder(result, "IT/IT-HELPDESK", FlowKind.UNUSED_CAPACITY)).isZero();
        assertThat(result.warnings()).singleElement().asString()
                .contains("pool IT/IT-HELPDESK (rules line 10)", "time used 80 exceeds practical capacity 50");
        assertThat(result.detail().tdabc().getFirst().overCapacity()).isTrue();
    }

    /** The call center of the published TDABC example: 7,620,000 / 11,041,250 minutes, 11,000,000 used. */
    @Test
    void tdabcNeverRoundsTheCapacityCostRateBeforeMultiplying() {
        AllocationResult result = AllocationFixture.direct().services("CALLCENTER").operating("CUSTOMERS")
                .offering("CALLS", "CALLCENTER", null, "11041250").cost("CALLCENTER", "7620000")
                .pool(pool("CALLCENTER").tdabc("usage:CALLS")).usage("CALLS", "CUSTOMERS", "11000000")
                .allocate();

        assertThat(allocated(result, "CALLCENTER", "CUSTOMERS")).isEqualTo(759_153_176L);
        assertThat(remainder(result, "CALLCENTER", FlowKind.UNUSED_CAPACITY)).isEqualTo(2_846_824L);
    }

    @Test
    void tdabcWithoutPracticalCapacityIsRefusedWithItsLine() {
        AllocationFixture fixture = helpdesk(null);

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool IT/IT-HELPDESK)")
                .withMessageContaining("basis tdabc needs the practical capacity of service 'IT-HELPDESK'");
    }

    @Test
    void supplierUseOfItsOwnServiceIsNeitherChargedNorCountedAgainstCapacity() {
        AllocationResult result = helpdesk("100").hours("IT", "IT-HELPDESK", "IT", "30").allocate();

        assertThat(allocated(result, "IT/IT-HELPDESK", "SALES")).isEqualTo(60_000);
        assertThat(allocated(result, "IT/IT-HELPDESK", "MFG")).isEqualTo(20_000);
        assertThat(remainder(result, "IT/IT-HELPDESK", FlowKind.UNUSED_CAPACITY)).isEqualTo(20_000);
        assertThat(result.detail().tdabc().getFirst().overCapacity()).isFalse();
        assertThat(result.warnings()).isEmpty();
    }
}
