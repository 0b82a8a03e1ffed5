package dev.chargeback.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import dev.chargeback.acceptance.AcceptanceCase.Consumption;
import dev.chargeback.acceptance.AcceptanceCase.Department;
import dev.chargeback.acceptance.AcceptanceCase.Expected;

/** The harness's own oracle, checked on hand-solved cases, and its refusal to pass a case it cannot solve. */
class ReferenceSolverTest {

    /** Y = 7260 + 0.3 Z, Z = 4000 + 0.2 Y: Y = 9000, Z = 5800 (solved by hand: Y = 7260 + 1200 + 0.06 Y). */
    private static AcceptanceCase textbookPair(String method, List<String> stepOrder) {
        Map<String, Consumption> consumption = new LinkedHashMap<>();
        consumption.put("Y", fixed(Map.of("Z", "20", "P1", "50", "P2", "30")));
        consumption.put("Z", fixed(Map.of("Y", "30", "P1", "40", "P2", "30")));
        return new AcceptanceCase("pair", "pair", method, "EUR", stepOrder,
                List.of(new Department("Y", "Y", new BigDecimal("7260")), new Department("Z", "Z", new BigDecimal("4000"))),
                List.of(new Department("P1", "P1", BigDecimal.ZERO), new Department("P2", "P2", BigDecimal.ZERO)),
                consumption, new Expected(List.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    }

    @Test
    void reciprocalFullCostsSolveTheTextbookPair() {
        ReferenceSolver ref = ReferenceSolver.solve(textbookPair("reciprocal", List.of()));

        assertThat(ref.serviceTotals().get("Y")).isEqualByComparingTo("9000");
        assertThat(ref.serviceTotals().get("Z")).isEqualByComparingTo("5800");
        assertThat(ref.flow("Y", "P1")).isEqualByComparingTo("4500");
        assertThat(ref.flow("Z", "Y")).isEqualByComparingTo("1740");
    }

    /** Y gives 20% of its service to Z, Z 30% to Y: without a published order Z closes first (30 > 20). */
    @Test
    void stepDownWithoutAPublishedOrderClosesTheLargestShareToOtherServicesFirst() {
        ReferenceSolver ref = ReferenceSolver.solve(textbookPair("step-down", List.of()));

        assertThat(ref.stepOrder()).containsExactly("Z", "Y");
        assertThat(ref.flow("Z", "Y")).isEqualByComparingTo("1200");
        assertThat(ref.serviceTotals().get("Y")).isEqualByComparingTo("8460");
        assertThat(ref.flow("Y", "P1")).isEqualByComparingTo(new BigDecimal("8460").multiply(new BigDecimal("50"))
                .divide(new BigDecimal("80")));
    }

    @Test
    void caseOfAMethodTheReferenceCannotSolveFailsInsteadOfLooseningTheTolerance() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> ReferenceSolver.solve(textbookPair("activity-based", List.of())))
                .withMessage("pair: the reference solver failed: java.lang.IllegalStateException: no reference "
                        + "arithmetic for method 'activity-based'");
    }

    @Test
    void expectedFigureTheReferenceDoesNotReproduceFailsNamingBothValues() {
        AcceptanceCasesTest.Figure figure = new AcceptanceCasesTest.Figure("allocation Y -> P1", new BigDecimal("4500.01"),
                new BigDecimal("4500"), BigDecimal.ZERO, "whole cents", false, () -> new BigDecimal("4500.01"));

        assertThatThrownBy(() -> figure.referenceCheck("pair").execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("pair: allocation Y -> P1: expected says 4500.01 but the reference arithmetic "
                        + "gives 4500 (4500.00 at the figure's scale): the case or the reference solver is wrong");
    }

    @Test
    void engineFigureOutsideItsToleranceFailsNamingTheTolerance() {
        AcceptanceCasesTest.Figure figure = new AcceptanceCasesTest.Figure("operating P1 allocated",
                new BigDecimal("100.00"), new BigDecimal("100.005"), new BigDecimal("0.01"), "1 part not whole cents",
                false, () -> new BigDecimal("100.02"));

        assertThatThrownBy(() -> figure.engineCheck("pair").execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("pair: operating P1 allocated: expected 100.00, got 100.02 (tolerance "
                        + "\u00b10.01, 1 part not whole cents)");
    }

    private static Consumption fixed(Map<String, String> percent) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        percent.forEach((k, v) -> shares.put(k, new BigDecimal(v)));
        return new Consumption("percent", shares, Map.of(), null, null, null, Map.of(), Map.of(), Map.of());
    }
}
