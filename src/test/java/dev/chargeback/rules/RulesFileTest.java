package dev.chargeback.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.chargeback.allocation.AllocationRule;
import dev.chargeback.allocation.FixedShares;
import dev.chargeback.allocation.ProportionalToDriver;
import dev.chargeback.allocation.StandardRate;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules.yaml as docs/rules-format.md describes it: what a valid file gives, and that every problem names its line.
 * Checks that need the organisation (unknown cost centers, shares summing to 100, step order completeness, rates and
 * capacities) belong to the allocation core and are tested there.
 */
class RulesFileTest {

    private static final String VALID = """
            currency: EUR
            method: step-down
            step_order: [HR, IT, FACILITIES]
            accounts:
              allocation: ALLOC
              recovery: RECOV
            pools:
              - cost_center: IT
                service: IT-HELPDESK
                basis: rate
                driver: usage:IT-HELPDESK
                receivers: [SALES, MFG]
                rate: 45.00
                recovery_to: FINANCE
                account: ALLOC-IT
              - cost_center: HR
                basis: fixed
                shares: { SALES: 25, MFG: 75.5, PACK: -0.5 }
              - cost_center: FACILITIES
                basis: proportional
                driver: stat:SQM
                on_no_driver: remainder
            """;

    @Test
    void validRulesGiveTheRuleSetWithEachPoolsLine() {
        RuleSet rules = RulesFile.read("rules.yaml", VALID);

        assertThat(rules.currency()).isEqualTo("EUR");
        assertThat(rules.method()).isEqualTo(Method.STEP_DOWN);
        assertThat(rules.stepOrder()).containsExactly("HR", "IT", "FACILITIES");
        assertThat(rules.stepOrderLine()).isEqualTo(3);
        assertThat(rules.allocationAccount()).isEqualTo("ALLOC");
        assertThat(rules.recoveryAccount()).isEqualTo("RECOV");
        assertThat(rules.rules()).extracting(AllocationRule::ruleNo, AllocationRule::line, AllocationRule::poolId)
                .containsExactly(tuple(1, 8, "IT/IT-HELPDESK"), tuple(2, 16, "HR"), tuple(3, 19, "FACILITIES"));
    }

    @Test
    void everyPoolKeyIsReadIntoTheRuleOrItsBasis() {
        List<AllocationRule> rules = RulesFile.read("rules.yaml", VALID).rules();

        AllocationRule it = rules.get(0);
        assertThat(it.basis()).isEqualTo(new StandardRate(new DriverRef(DriverRef.Kind.USAGE, "IT-HELPDESK"),
                new BigDecimal("45.00"), "FINANCE"));
        assertThat(it.basis().word()).isEqualTo("rate");
        assertThat(it.driver()).isEqualTo(new DriverRef(DriverRef.Kind.USAGE, "IT-HELPDESK"));
        assertThat(it.receivers()).containsExactly("SALES", "MFG");
        assertThat(it.account()).isEqualTo("ALLOC-IT");
        assertThat(rules.get(1).basis()).isEqualTo(new FixedShares(Map.of("SALES", new BigDecimal("25"),
                "MFG", new BigDecimal("75.5"), "PACK", new BigDecimal("-0.5")), false));
        assertThat(rules.get(1).driver()).isNull();
        assertThat(rules.get(2).basis()).isEqualTo(new ProportionalToDriver(new DriverRef(DriverRef.Kind.STAT, "SQM"),
                true));
    }

    @Test
    void accountOfARuleIsItsOwnOrTheDefault() {
        RuleSet rules = RulesFile.read("rules.yaml", VALID);

        assertThat(rules.accountOf(1)).isEqualTo("ALLOC-IT");
        assertThat(rules.accountOf(2)).isEqualTo("ALLOC");
    }

    @Test
    void methodAndAccountsHaveDefaults() {
        RuleSet rules = RulesFile.read("rules.yaml", """
                currency: usd
                pools:
                  - cost_center: HR
                    basis: even
                """);

        assertThat(rules.currency()).isEqualTo("USD");
        assertThat(rules.method()).isEqualTo(Method.DIRECT);
        assertThat(rules.stepOrder()).isEmpty();
        assertThat(rules.allocationAccount()).isEqualTo("ALLOCATION");
        assertThat(rules.recoveryAccount()).isEqualTo("RECOVERY-VARIANCE");
    }

    @Test
    void rulesHashIsTheSha256OfTheText() {
        RuleSet rules = RulesFile.read("rules.yaml", VALID);

        assertThat(rules.sha256()).hasSize(64).isEqualTo(RulesFile.read("other.yaml", VALID).sha256())
                .isNotEqualTo(RulesFile.read("rules.yaml", VALID + "# a comment\n").sha256());
    }

    @Test
    void unknownKeyIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: even
                    reciever: [SALES]
                """, "rules.yaml line 5: unknown key 'reciever' in pool");
        assertProblem("""
                currency: EUR
                mehtod: direct
                pools:
                  - cost_center: HR
                    basis: even
                """, "rules.yaml line 2: unknown key 'mehtod' in top level");
    }

    @Test
    void unknownBasisIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: weighted
                """, "rules.yaml line 4: basis 'weighted' is unknown");
    }

    @Test
    void badMethodIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                method: stepdown
                pools:
                  - cost_center: HR
                    basis: even
                """, "rules.yaml line 2: unknown method 'stepdown' (expected direct, step-down or reciprocal)");
    }

    @Test
    void sharesThatAreNotAMappingAreRefusedWithTheirLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: fixed
                    shares: [SALES, MFG]
                """, "rules.yaml line 5: shares must map receivers to numbers");
    }

    @Test
    void rateThatIsNotANumberIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    basis: rate
                    driver: hours
                    rate: 45,00
                """, "rules.yaml line 6: rate '45,00' is not a number");
    }

    @Test
    void shareThatIsNotANumberIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: fixed
                    shares:
                      SALES: 25
                      MFG: seventy-five
                """, "rules.yaml line 7: share 'seventy-five' is not a number");
    }

    @Test
    void stepOrderWithMethodDirectIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                method: direct
                step_order: [HR]
                pools:
                  - cost_center: HR
                    basis: even
                """, "rules.yaml line 3: step_order applies to method step-down only");
    }

    @Test
    void missingPoolsAreRefused() {
        assertProblem("""
                currency: EUR
                method: direct
                """, "rules.yaml line 1: `pools:` must list at least one pool");
        assertProblem("""
                currency: EUR
                pools: []
                """, "rules.yaml line 2: `pools:` must list at least one pool");
    }

    @Test
    void unknownDriverIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    basis: proportional
                    driver: minutes
                """, "rules.yaml line 5: unknown driver 'minutes'");
    }

    @Test
    void badCurrencyAndOnNoDriverValuesAreRefusedWithTheirLines() {
        assertProblem("""
                currency: EURO
                pools:
                  - cost_center: IT
                    basis: proportional
                    driver: hours
                    on_no_driver: ignore
                """, "rules.yaml line 1: currency 'EURO' is not an ISO 4217 code",
                "rules.yaml line 6: on_no_driver is 'ignore'; expected error or remainder");
    }

    @Test
    void poolWithoutBasisIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    driver: hours
                """, "rules.yaml line 3: a pool needs `cost_center:` and `basis:`");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() {
        assertThatExceptionOfType(RulesException.class).isThrownBy(() -> RulesFile.read("rules.yaml", """
                currency: EUR
                method: sideways
                pools:
                  - cost_center: HR
                    basis: weighted
                  - cost_center: IT
                    basis: rate
                    rate: lots
                """)).satisfies(e -> assertThat(e.problems()).containsExactly(
                "rules.yaml line 2: unknown method 'sideways' (expected direct, step-down or reciprocal)",
                "rules.yaml line 5: basis 'weighted' is unknown; expected proportional, fixed, even, rate, tdabc",
                "rules.yaml line 6: basis rate needs `driver:` (hours, usage:<service> or stat:<DRIVER>)",
                "rules.yaml line 8: rate 'lots' is not a number (use a plain decimal such as 42.50)"));
    }

    @Test
    void invalidYamlIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: [even
                """, "rules.yaml line 5: not valid YAML");
    }

    @Test
    void duplicateKeyIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    basis: rate
                    driver: hours
                    rate: 45.00
                    rate: 54.00
                """, "rules.yaml line 7:");
    }

    @Test
    void everyMessageNamesTheRulesFileAsTheUserGaveIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-rules.yaml");
        Files.writeString(file, """
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: even
                    reciever: [SALES]
                """);

        assertThatExceptionOfType(RulesException.class).isThrownBy(() -> RulesFile.load(file))
                .satisfies(e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith(file + " line 5: unknown key 'reciever' in pool"));
        assertThat(file.toString()).contains(dir.toString());
    }

    @Test
    void loadedRulesKeepTheirFileForTheCoresMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-rules.yaml");
        Files.writeString(file, "currency: EUR\npools:\n  - cost_center: HR\n    basis: even\n");

        assertThat(RulesFile.load(file).allocation().file()).isEqualTo(file.toString());
        assertThat(RulesFile.load(file).file()).isEqualTo(file.toString());
    }

    @Test
    void duplicateReceiverInSharesIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: fixed
                    shares:
                      SALES: 25
                      MFG: 50
                      SALES: 25
                """, "rules.yaml line 8: duplicate key 'SALES' in `shares:`");
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: fixed
                    shares: { SALES: 50, SALES: 50 }
                """, "rules.yaml line 5: duplicate key 'SALES' in `shares:`");
    }

    @Test
    void duplicateKeyInAccountsIsRefusedWithItsLine() {
        assertProblem("""
                currency: EUR
                accounts:
                  allocation: A1
                  allocation: A2
                pools:
                  - cost_center: HR
                    basis: even
                """, "rules.yaml line 4: duplicate key 'allocation' in accounts");
    }

    /**
     * "Billion laughs": nine levels of ten aliases would expand to 10^9 strings. Refused quickly at line 8, where
     * the 51st alias of a list stands.
     */
    @Test
    void aliasBombIsRefusedQuicklyWithItsLine() {
        StringBuilder bomb = new StringBuilder("currency: EUR\nlol0: &l0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("lol").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
        }
        bomb.append("pools:\n  - cost_center: HR\n    basis: even\n    receivers: *l9\n");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatExceptionOfType(RulesException.class)
                .isThrownBy(() -> RulesFile.read("rules.yaml", bomb.toString()))
                .satisfies(e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("rules.yaml line 8: refused: Number of aliases for non-scalar nodes exceeds")));
    }

    @Test
    void deeplyNestedYamlIsRefusedWithItsLine() {
        String deep = "currency: EUR\npools: " + "[".repeat(60) + "]".repeat(60) + "\n";

        assertThatExceptionOfType(RulesException.class).isThrownBy(() -> RulesFile.read("rules.yaml", deep))
                .satisfies(e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("rules.yaml line 2: refused: Nesting Depth exceeded max 50"));
    }

    @Test
    void settingOfAnotherBasisIsRefusedNamingTheKeysOfThisBasis() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    basis: proportional
                    driver: hours
                    rate: 45.00
                """, "rules.yaml line 6: unknown key 'rate' in pool; with basis proportional the keys are "
                + "[account, basis, cost_center, driver, on_no_driver, receivers, service]");
    }

    @Test
    void basisThatNeedsADriverWithoutOneIsRefusedWithThePoolsLine() {
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: IT
                    basis: tdabc
                """, "rules.yaml line 3: basis tdabc needs `driver:`");
        assertProblem("""
                currency: EUR
                pools:
                  - cost_center: HR
                    basis: fixed
                """, "rules.yaml line 3: basis fixed needs `shares:`");
    }

    private static void assertProblem(String text, String... expected) {
        assertThatExceptionOfType(RulesException.class).isThrownBy(() -> RulesFile.read("rules.yaml", text))
                .satisfies(e -> {
                    for (String problem : expected) {
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(problem));
                    }
                });
    }
}
