package dev.chargeback.diff.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.diff.Cause;
import dev.chargeback.diff.DiffLine;
import dev.chargeback.diff.RunDiff;
import dev.chargeback.ledger.RunHeader;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diff as one JSON document: both runs, the totals per cause and every line with its parts by cause. Amounts
 * are decimal strings at the currency's scale, never numbers that a reader could take for a double.
 */
public final class DiffJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    record Run(String runId, String period, String method) {
    }

    record Line(String pool, String sender, String receiver, String kind, String from, String to, String change,
                Map<String, String> causes) {
    }

    record Document(Run from, Run to, String currency, String totalChange, Map<String, String> causes,
                    List<Line> lines) {
    }

    private DiffJson() {
    }

    public static void write(RunDiff diff, boolean all, Writer out) throws IOException {
        Money money = Money.of(diff.currency());
        Map<String, String> totals = new LinkedHashMap<>();
        for (Cause c : Cause.values()) {
            totals.put(c.key(), money.format(diff.total(c)));
        }
        List<Line> lines = (all ? diff.lines() : diff.moved()).stream().map(l -> line(money, l)).toList();
        out.write(MAPPER.writeValueAsString(new Document(run(diff.from()), run(diff.to()), diff.currency(),
                money.format(diff.totalChange()), totals, lines)) + "\n");
    }

    private static Run run(RunHeader run) {
        return new Run(run.runId().value(), run.period().toString(), run.method());
    }

    private static Line line(Money money, DiffLine l) {
        Map<String, String> causes = new LinkedHashMap<>();
        for (Cause c : Cause.values()) {
            causes.put(c.key(), money.format(l.part(c)));
        }
        return new Line(l.pool(), l.sender(), l.receiver(), l.kind().name(), money.format(l.from()),
                money.format(l.to()), money.format(l.change()), causes);
    }
}
