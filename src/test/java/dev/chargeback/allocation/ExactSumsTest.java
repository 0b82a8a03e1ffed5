package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.pool;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/**
 * Sums in the core never wrap: an amount beyond what the ledger holds (a long of cents, 92,233,720,368,547,758.07)
 * is an error naming the pool, never a negative cost in.
 */
class ExactSumsTest {

    private static final String FILE = AllocationFixture.RULES_FILE;

    private static AllocationFixture organisation() {
        return AllocationFixture.direct().services("IT", "HR").operating("SALES", "MFG");
    }

    @Test
    void twoCostLinesBeyondTheLedgerInOnePoolAreRefusedNamingThePool() {
        AllocationFixture fixture = organisation().cost("IT", "50000000000000000").cost("IT", "50000000000000000")
                .pool(pool("IT").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessage(FILE + " line 10 (pool IT): its cost lines sum to 100000000000000000 EUR, beyond what"
                        + " the ledger holds (at most 92233720368547758.07 EUR either way)");
    }

    @Test
    void poolsWhoseCostInTogetherIsBeyondTheLedgerAreRefusedNamingThePool() {
        AllocationFixture fixture = organisation().cost("IT", "50000000000000000").cost("HR", "50000000000000000")
                .pool(pool("IT").even()).pool(pool("HR").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessage("cost in: the pools' amounts added up to pool HR are more than the ledger holds (at most"
                        + " 92233720368547758.07 EUR either way); check the cost lines of the period");
    }

    @Test
    void rateChargeBeyondTheLedgerIsRefusedNamingThePool() {
        AllocationFixture fixture = organisation().cost("IT", "100.00")
                .pool(pool("IT").rate("hours", "1000000000000000000")).hours("IT", "SALES", "10");

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageStartingWith(FILE + " line 10 (pool IT): its amounts add up to more than the ledger holds");
    }

    @Test
    void ownCostPlusReceivedBeyondTheLedgerIsRefusedNamingTheReceivingPool() {
        AllocationFixture fixture = AllocationFixture.stepDown("HR", "IT").services("IT", "HR").operating("SALES")
                .cost("HR", "90000000000000000").cost("IT", "90000000000000000")
                .pool(pool("HR").fixed("IT", "100")).pool(pool("IT").even());

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageStartingWith(FILE + " line 20 (pool IT): its amounts add up to more than the ledger holds");
    }
}
