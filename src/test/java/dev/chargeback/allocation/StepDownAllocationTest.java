package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.allocated;
import static dev.chargeback.allocation.AllocationFixture.pool;
import static dev.chargeback.allocation.AllocationFixture.poolResult;
import static dev.chargeback.allocation.AllocationFixture.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** Method step-down: service pools close one by one; a closed pool receives nothing more. Amounts in cents. */
class StepDownAllocationTest {

    /**
     * HR (1000.00, by headcount) and IT (2000.00, by hours) serve each other and SALES and MFG. Each also records
     * use of its own service, which must be left out. HR gives 20% of its service to IT, IT gives 40% to HR.
     */
    private static AllocationFixture hrAndIt(AllocationFixture method) {
        return method.services("HR", "IT").operating("SALES", "MFG")
                .cost("HR", "1000.00").cost("IT", "2000.00")
                .pool(pool("IT").proportional("hours"))
                .pool(pool("HR").proportional("stat:HEADCOUNT"))
                .stat("HEADCOUNT", "HR", "10").stat("HEADCOUNT", "IT", "20")
                .stat("HEADCOUNT", "SALES", "50").stat("HEADCOUNT", "MFG", "30")
                .hours("IT", "IT", "25").hours("IT", "HR", "40").hours("IT", "SALES", "30").hours("IT", "MFG", "30");
    }

    @Test
    void explicitStepOrderClosesPoolsInThatOrderPassingOnWhatEachReceived() {
        AllocationResult result = hrAndIt(AllocationFixture.stepDown("HR", "IT")).allocate();

        assertThat(allocated(result, "HR", "IT")).isEqualTo(20_000);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(50_000);
        assertThat(allocated(result, "HR", "MFG")).isEqualTo(30_000);
        assertThat(allocated(result, "IT", "SALES")).isEqualTo(110_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(110_000);
        assertThat(poolResult(result, "IT").received()).isEqualTo(20_000);
        assertThat(poolResult(result, "HR").stage()).isEqualTo(1);
        assertThat(poolResult(result, "IT").stage()).isEqualTo(2);
        assertThat(result.detail().stepOrder()).containsExactly("HR", "IT");
        assertThat(result.detail().stepOrderSource()).isEqualTo("rules.yaml step_order");
    }

    @Test
    void closedPoolReceivesNothingMoreUnderStepDown() {
        AllocationResult result = hrAndIt(AllocationFixture.stepDown("HR", "IT")).allocate();

        // IT logged 40 hours for HR, but HR closed first: IT's pool goes to SALES and MFG only
        assertThat(allocated(result, "IT", "HR")).isZero();
        assertThat(poolResult(result, "HR").received()).isZero();
        assertThat(poolResult(result, "IT").allocated()).isEqualTo(220_000);
    }

    @Test
    void serviceCostCenterNeverReceivesFromItsOwnPool() {
        AllocationResult result = hrAndIt(AllocationFixture.stepDown("HR", "IT")).allocate();

        assertThat(result.flows()).noneSatisfy(f -> assertThat(f.receiver()).isEqualTo(f.sender()));
    }

    @Test
    void defaultStepOrderClosesTheServiceGivingTheLargestShareToOtherServicesFirst() {
        AllocationResult result = hrAndIt(AllocationFixture.stepDown()).allocate();

        assertThat(result.detail().stepOrder()).containsExactly("IT", "HR");
        assertThat(result.detail().stepOrderSource()).startsWith("share of service given to other service");
        assertThat(allocated(result, "IT", "HR")).isEqualTo(80_000);
        assertThat(allocated(result, "IT", "SALES")).isEqualTo(60_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(60_000);
        assertThat(allocated(result, "HR", "IT")).isZero();
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(112_500);
        assertThat(allocated(result, "HR", "MFG")).isEqualTo(67_500);
    }

    @Test
    void defaultStepOrderBreaksTiesById() {
        AllocationResult result = AllocationFixture.stepDown().services("IT", "HR").operating("SALES", "MFG")
                .cost("IT", "90.00").cost("HR", "90.00")
                .pool(pool("IT").even()).pool(pool("HR").even())
                .allocate();

        assertThat(result.detail().stepOrder()).containsExactly("HR", "IT");
        assertThat(allocated(result, "HR", "IT")).isEqualTo(3_000);
        assertThat(allocated(result, "IT", "SALES")).isEqualTo(6_000);
        assertThat(allocated(result, "IT", "MFG")).isEqualTo(6_000);
    }

    @Test
    void whatAServiceCostCenterReceivesJoinsItsPoolWithoutService() {
        AllocationResult result = AllocationFixture.stepDown("HR", "IT").services("HR", "IT")
                .operating("SALES", "MFG").offering("IT-CLOUD", "IT", null, null)
                .cost("HR", "90.00").cost("IT", "100.00").cost("IT", "IT-CLOUD", "40.00")
                .pool(pool("IT").service("IT-CLOUD").even())
                .pool(pool("IT").even())
                .pool(pool("HR").even())
                .allocate();

        assertThat(poolResult(result, "IT").received()).isEqualTo(3_000);
        assertThat(poolResult(result, "IT/IT-CLOUD").received()).isZero();
        assertThat(allocated(result, "IT", "SALES")).isEqualTo(6_500);
        assertThat(allocated(result, "IT/IT-CLOUD", "SALES")).isEqualTo(2_000);
    }

    @Test
    void serviceCostCenterWithoutPoolIsNoReceiver() {
        AllocationResult result = AllocationFixture.stepDown("HR").services("HR", "LEGAL").operating("SALES", "MFG")
                .cost("HR", "90.00").pool(pool("HR").even())
                .allocate();

        assertThat(receivedBy(result, "LEGAL")).isZero();
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(4_500);
    }

    @Test
    void stepOrderMissingAServicePoolIsRefusedWithItsLine() {
        AllocationFixture fixture = hrAndIt(AllocationFixture.stepDown("HR"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 3: step_order misses service pool IT");
    }

    @Test
    void stepOrderNamingACostCenterWithoutPoolIsRefused() {
        AllocationFixture fixture = hrAndIt(AllocationFixture.stepDown("HR", "IT", "SALES"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("/tmp/x/my-rules.yaml line 3: step_order names SALES, which has no pool");
    }
}
