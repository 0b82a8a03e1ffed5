package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.pool;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link Allocator#checkRules}: what can be wrong with the rules is found from the organisation alone, before the
 * period's data is imported, with the rules file's path and line in every message.
 */
class RuleCheckBeforeImportTest {

    private static final String FILE = AllocationFixture.RULES_FILE;

    private static List<String> check(AllocationFixture fixture) {
        AllocationInput input = fixture.input();
        return Allocator.checkRules(input.rules(), input.costCenters(), input.services());
    }

    private static AllocationFixture organisation() {
        return AllocationFixture.direct().services("IT", "HR").operating("SALES", "MFG")
                .offering("IT-LAPTOPS", "IT", null, null);
    }

    @Test
    void rulesThatFitTheOrganisationHaveNoProblemEvenWithoutDriverData() {
        assertThat(check(organisation().pool(pool("HR").proportional("stat:HEADCOUNT"))
                .pool(pool("IT").fixed("SALES", "40", "MFG", "60")))).isEmpty();
    }

    @Test
    void everyProblemOfTheRulesIsFoundWithItsFileAndLine() {
        List<String> problems = check(organisation()
                .pool(pool("LEGAL").even())
                .pool(pool("HR").fixed("SALES", "60", "MARKETING", "30").line(17))
                .pool(pool("IT").service("IT-LAPTOPS").rate("usage:IT-LAPTOPS", null).line(25))
                .pool(pool("IT").tdabc("usage:IT-PHONES").line(31)));

        assertThat(problems).containsExactly(
                FILE + " line 10 (pool LEGAL): unknown cost center 'LEGAL': add it to cost_centers.csv or fix the id",
                FILE + " line 17 (pool HR): share receiver 'MARKETING' is not a cost center in cost_centers.csv",
                FILE + " line 17 (pool HR): shares sum to 90, not 100",
                FILE + " line 25 (pool IT/IT-LAPTOPS): basis rate needs a rate: give `rate:` in the rule or a rate for"
                        + " service 'IT-LAPTOPS' in services.csv",
                FILE + " line 31 (pool IT): driver usage:IT-PHONES names an unknown service; add it to services.csv"
                        + " or fix the id",
                FILE + " line 31 (pool IT): basis tdabc needs the practical capacity of service 'IT-PHONES': fill its"
                        + " capacity column in services.csv");
    }

    @Test
    void stepOrderProblemsNameTheFileAndLine() {
        AllocationFixture fixture = AllocationFixture.stepDown("HR").services("IT", "HR").operating("SALES")
                .pool(pool("IT").even()).pool(pool("HR").even());

        assertThat(check(fixture)).containsExactly(FILE + " line 3: step_order misses service pool IT; add it where"
                + " it should close");
    }
}
