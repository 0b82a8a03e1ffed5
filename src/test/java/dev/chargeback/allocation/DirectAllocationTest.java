package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.allocated;
import static dev.chargeback.allocation.AllocationFixture.pool;
import static dev.chargeback.allocation.AllocationFixture.poolResult;
import static dev.chargeback.allocation.AllocationFixture.receivedBy;
import static dev.chargeback.allocation.AllocationFixture.remainder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** Method direct: service pools go straight to operating cost centers, by every weighted basis. */
class DirectAllocationTest {

    /** IT and HR serve SALES, MFG and PACK; amounts below are in cents. */
    private static AllocationFixture organisation() {
        return AllocationFixture.direct().services("IT", "HR").operating("SALES", "MFG", "PACK");
    }

    @Test
    void proportionalByHoursSplitsThePoolByHoursWorkedForEachCustomer() {
        AllocationResult result = organisation().cost("IT", "1000.00")
                .pool(pool("IT").proportional("hours"))
                .hours("IT", "SALES", "30").hours("IT", "MFG", "10")
                .allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(75_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(25_000);
        assertThat(allocated(result, "IT", "PACK")).isZero();
    }

    @Test
    void proportionalByUsageSplitsThePoolByQuantityConsumed() {
        AllocationResult result = organisation().offering("IT-CLOUD", "IT", null, null).cost("IT", "600.00")
                .pool(pool("IT").proportional("usage:IT-CLOUD"))
                .usage("IT-CLOUD", "SALES", "3").usage("IT-CLOUD", "MFG", "1").usage("IT-CLOUD", "PACK", "2")
                .allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(30_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(10_000);
        assertThat(allocated(result, "IT", "PACK")).isEqualTo(20_000);
    }

    @Test
    void proportionalByStatisticalDriverSplitsThePoolByHeadcount() {
        AllocationResult result = organisation().cost("HR", "900.00")
                .pool(pool("HR").proportional("stat:HEADCOUNT"))
                .stat("HEADCOUNT", "SALES", "10").stat("HEADCOUNT", "MFG", "20")
                .stat("HEADCOUNT", "HR", "4").stat("HEADCOUNT", "IT", "6")
                .allocate();

        assertThat(allocated(result, "HR", "SALES")).isEqualTo(30_000);
        assertThat(allocated(result, "HR", "MFG")).isEqualTo(60_000);
    }

    @Test
    void serviceCostCentersReceiveNothingUnderDirectAndTheirQuantitiesLeaveTheBase() {
        AllocationResult result = organisation().cost("IT", "1000.00")
                .pool(pool("IT").proportional("hours"))
                .hours("IT", "SALES", "30").hours("IT", "MFG", "10").hours("IT", "HR", "60")
                .allocate();

        assertThat(receivedBy(result, "HR")).isZero();
        assertThat(allocated(result, "IT", "SALES")).isEqualTo(75_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(25_000);
    }

    @Test
    void fixedSharesAreRenormalisedWhenServiceReceiversDropOut() {
        AllocationResult result = AllocationFixture.direct().services("FACILITIES", "IT").operating("SALES", "MFG")
                .cost("FACILITIES", "900.00")
                .pool(pool("FACILITIES").fixed("SALES", "25", "MFG", "50", "IT", "25"))
                .allocate();

        assertThat(allocated(result, "FACILITIES", "SALES")).isEqualTo(30_000);
        assertThat(allocated(result, "FACILITIES", "MFG")).isEqualTo(60_000);
        assertThat(receivedBy(result, "IT")).isZero();
    }

    @Test
    void fixedSharesMayCarryDecimals() {
        AllocationResult result = organisation().cost("HR", "100.00")
                .pool(pool("HR").fixed("SALES", "33.3333", "MFG", "33.3333", "PACK", "33.3334"))
                .allocate();

        assertThat(allocated(result, "HR", "MFG")).isEqualTo(3_333);
        assertThat(allocated(result, "HR", "PACK")).isEqualTo(3_334);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(3_333);
    }

    @Test
    void evenSplitsOverEveryOperatingLeafWithTheOddCentToTheFirstById() {
        AllocationResult result = organisation().cost("HR", "100.00").pool(pool("HR").even()).allocate();

        assertThat(allocated(result, "HR", "MFG")).isEqualTo(3_334);
        assertThat(allocated(result, "HR", "PACK")).isEqualTo(3_333);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(3_333);
        assertThat(receivedBy(result, "IT")).isZero();
    }

    @Test
    void rollUpCostCenterNeverReceivesEvenWithDriverData() {
        AllocationResult result = AllocationFixture.direct().services("HR").operating("PLANT", "SALES")
                .operatingUnder("PLANT", "ASSEMBLY", "PAINT")
                .cost("HR", "300.00").pool(pool("HR").proportional("stat:HEADCOUNT"))
                .stat("HEADCOUNT", "PLANT", "100").stat("HEADCOUNT", "ASSEMBLY", "1")
                .stat("HEADCOUNT", "PAINT", "1").stat("HEADCOUNT", "SALES", "1")
                .allocate();

        assertThat(receivedBy(result, "PLANT")).isZero();
        assertThat(allocated(result, "HR", "ASSEMBLY")).isEqualTo(10_000);
        assertThat(allocated(result, "HR", "PAINT")).isEqualTo(10_000);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(10_000);
    }

    @Test
    void evenSkipsRollUpCostCenters() {
        AllocationResult result = AllocationFixture.direct().services("HR").operating("PLANT", "SALES")
                .operatingUnder("PLANT", "ASSEMBLY", "PAINT")
                .cost("HR", "90.00").pool(pool("HR").even())
                .allocate();

        assertThat(result.flows()).extracting(Flow::receiver).containsExactly("ASSEMBLY", "PAINT", "SALES");
        assertThat(result.flows()).extracting(Flow::amount).containsOnly(3_000L);
    }

    @Test
    void receiversRestrictWhoMayReceive() {
        AllocationResult result = organisation().cost("IT", "1000.00")
                .pool(pool("IT").proportional("hours").receivers("SALES", "MFG"))
                .hours("IT", "SALES", "10").hours("IT", "MFG", "10").hours("IT", "PACK", "20")
                .allocate();

        assertThat(allocated(result, "IT", "SALES")).isEqualTo(50_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(50_000);
        assertThat(allocated(result, "IT", "PACK")).isZero();
    }

    @Test
    void serviceNamedAsReceiverUnderDirectGetsNothingAndAWarningSaysSo() {
        AllocationResult result = organisation().cost("HR", "100.00")
                .pool(pool("HR").even().receivers("SALES", "IT"))
                .allocate();

        assertThat(allocated(result, "HR", "SALES")).isEqualTo(10_000);
        assertThat(result.warnings()).singleElement().asString()
                .contains("pool HR (rules line 10)", "receiver IT", "receives nothing under method direct");
    }

    @Test
    void poolCostIsTheSumOfItsLinesRoundedOnceHalfUp() {
        AllocationResult result = organisation().cost("HR", "0.004").cost("HR", "0.004").cost("HR", "0.002")
                .cost("HR", "10.005")
                .pool(pool("HR").even().receivers("SALES"))
                .allocate();

        assertThat(poolResult(result, "HR").own()).isEqualTo(1_002);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(1_002);
    }

    @Test
    void costLinesOfAServiceWithItsOwnPoolFeedOnlyThatPool() {
        AllocationResult result = organisation().offering("IT-CLOUD", "IT", null, null)
                .cost("IT", "100.00").cost("IT", "IT-CLOUD", "40.00").cost("IT", "IT-OTHER", "2.00")
                .pool(pool("IT").even().receivers("SALES"))
                .pool(pool("IT").service("IT-CLOUD").even().receivers("MFG"))
                .allocate();

        assertThat(poolResult(result, "IT").own()).isEqualTo(10_200);
        assertThat(poolResult(result, "IT/IT-CLOUD").own()).isEqualTo(4_000);
        assertThat(allocated(result, "IT/IT-CLOUD", "MFG")).isEqualTo(4_000);
    }

    @Test
    void poolWithNoDriverDataIsAnErrorNamingThePoolAndLine() {
        AllocationFixture fixture = organisation().cost("HR", "100.00").pool(pool("HR").proportional("stat:SQM"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool HR)")
                .withMessageContaining("stat:SQM has no data in 2025-01");
    }

    @Test
    void poolWhoseDriverDataIsOnlyForServiceCostCentersIsAnErrorUnderDirect() {
        AllocationFixture fixture = organisation().cost("HR", "100.00")
                .pool(pool("HR").proportional("stat:HEADCOUNT")).stat("HEADCOUNT", "IT", "7");

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool HR)")
                .withMessageContaining("no eligible receiver");
    }

    @Test
    void poolWithNoDriverDataStaysWithTheSupplierAsNoDriverRemainderWhenTheRuleSaysSo() {
        AllocationResult result = organisation().cost("HR", "100.00")
                .pool(pool("HR").proportional("stat:SQM").onNoDriverRemainder())
                .allocate();

        assertThat(result.flows()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlowKind.NO_DRIVER);
            assertThat(f.receiver()).isEqualTo("HR");
            assertThat(f.amount()).isEqualTo(10_000);
        });
        assertThat(poolResult(result, "HR").remainder()).isEqualTo(10_000);
        assertThat(poolResult(result, "HR").allocated()).isZero();
        assertThat(remainder(result, "HR", FlowKind.NO_DRIVER)).isEqualTo(result.costIn());
    }

    @Test
    void costLinesOfAServiceCostCenterWithoutPoolAreRefused() {
        AllocationFixture fixture = organisation().cost("IT", "100.00").cost("HR", "500.00")
                .pool(pool("IT").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("500.00 of cost for HR belongs to no pool");
    }

    @Test
    void costLinesInAnotherCurrencyThanTheRulesAreRefused() {
        AllocationFixture fixture = organisation().costIn("USD", "HR", "5.00").pool(pool("HR").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("is in USD").withMessageContaining("currency EUR");
    }

    @Test
    void fixedSharesThatDoNotSumToHundredAreRefusedWithTheirLine() {
        AllocationFixture fixture = organisation().cost("HR", "100.00")
                .pool(pool("HR").fixed("SALES", "60", "MFG", "30").line(17));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 17 (pool HR)")
                .withMessageContaining("shares sum to 90, not 100");
    }

    @Test
    void unknownCostCentersInRulesAreRefusedWithTheirLine() {
        AllocationFixture fixture = organisation().cost("HR", "100.00")
                .pool(pool("LEGAL").even())
                .pool(pool("HR").fixed("SALES", "50", "MARKETING", "50"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                                .contains("/tmp/x/my-rules.yaml line 10 (pool LEGAL)", "unknown cost center 'LEGAL'"))
                        .anySatisfy(p -> assertThat(p)
                                .contains("/tmp/x/my-rules.yaml line 20 (pool HR)",
                                        "share receiver 'MARKETING' is not a cost center")));
    }

    @Test
    void fixedShareToARollUpCostCenterIsRefusedWithItsLine() {
        AllocationFixture fixture = AllocationFixture.direct().services("HR").operating("PLANT")
                .operatingUnder("PLANT", "ASSEMBLY").cost("HR", "10.00")
                .pool(pool("HR").fixed("PLANT", "100"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool HR)")
                .withMessageContaining("'PLANT' is a roll-up node");
    }

    @Test
    void operatingCostCenterCannotHaveAPool() {
        AllocationFixture fixture = organisation().pool(pool("SALES").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 10 (pool SALES)")
                .withMessageContaining("is OPERATING");
    }
}
