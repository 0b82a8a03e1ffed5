package dev.chargeback.acceptance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One published worked example (see ../shared/acceptance/README.md); every number is a BigDecimal read from its string. */
public record AcceptanceCase(
        String id,
        String title,
        String method,
        String currency,
        List<String> stepOrder,
        List<Department> serviceDepartments,
        List<Department> operatingDepartments,
        Map<String, Consumption> consumption,
        Expected expected) {

    public record Department(String id, String name, BigDecimal cost) {}

    /** What one service department provides to whom: percentage shares, driver quantities, or TDABC time. */
    public record Consumption(
            String unit,
            Map<String, BigDecimal> shares,
            Map<String, BigDecimal> quantities,
            String input,
            String driverName,
            BigDecimal capacity,
            Map<String, BigDecimal> time,
            Map<String, BigDecimal> activities,
            Map<String, Map<String, BigDecimal>> counts) {

        public boolean isFixed() {
            return !shares.isEmpty();
        }

        public boolean isTdabc() {
            return !time.isEmpty() || !counts.isEmpty();
        }

        /** Quantities that are a statistical driver (drivers.csv); TDABC time is always service usage. */
        public boolean isStat() {
            return "stat".equals(input) && !isTdabc();
        }

        /** Per receiver: the percentage share, the driver quantity, or the time (given time plus count x unit time). */
        public Map<String, BigDecimal> weights() {
            if (isFixed()) return shares;
            if (!isTdabc()) return quantities;
            Map<String, BigDecimal> minutes = new LinkedHashMap<>(time);
            counts.forEach((receiver, perActivity) -> perActivity.forEach((activity, count) ->
                    minutes.merge(receiver, count.multiply(unitTime(activity)), BigDecimal::add)));
            return minutes;
        }

        private BigDecimal unitTime(String activity) {
            BigDecimal minutes = activities.get(activity);
            if (minutes == null) throw new IllegalArgumentException("no unit time for activity " + activity);
            return minutes;
        }
    }

    public record Flow(String sender, String receiver, BigDecimal amount) {}

    public record OperatingTotal(BigDecimal allocated, BigDecimal total) {}

    public record Unused(BigDecimal time, BigDecimal amount) {}

    public record Expected(
            List<Flow> allocations,
            Map<String, OperatingTotal> operatingTotals,
            Map<String, BigDecimal> serviceTotals,
            Map<String, Unused> unusedCapacity,
            Map<String, BigDecimal> rates) {}

    public static AcceptanceCase load(Path file) {
        try {
            JsonNode root = JsonMapper.shared().readTree(file);
            JsonNode expected = root.path("expected");
            return new AcceptanceCase(
                    text(root, "id"),
                    text(root, "title"),
                    text(root, "method"),
                    text(root, "currency"),
                    root.path("step_order").values().stream().map(JsonNode::asString).toList(),
                    root.path("service_departments").values().stream().map(AcceptanceCase::department).toList(),
                    root.path("operating_departments").values().stream().map(AcceptanceCase::department).toList(),
                    map(root.path("consumption"), AcceptanceCase::consumption),
                    new Expected(
                            expected.path("allocations").values().stream()
                                    .map(f -> new Flow(text(f, "sender"), text(f, "receiver"), decimal(f.path("amount"))))
                                    .toList(),
                            map(expected.path("operating_totals"),
                                    t -> new OperatingTotal(decimal(t.path("allocated")), decimal(t.path("total")))),
                            decimals(expected.path("service_totals")),
                            map(expected.path("unused_capacity"),
                                    u -> new Unused(decimal(u.path("time")), decimal(u.path("amount")))),
                            decimals(expected.path("rates"))));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read acceptance case " + file + ": " + e.getMessage(), e);
        }
    }

    private static Department department(JsonNode node) {
        return new Department(text(node, "id"), text(node, "name"), decimal(node.path("cost")));
    }

    private static Consumption consumption(JsonNode node) {
        return new Consumption(
                text(node, "unit"),
                decimals(node.path("shares")),
                decimals(node.path("quantities")),
                text(node, "input"),
                text(node, "driver_name"),
                decimal(node.path("capacity")),
                decimals(node.path("time")),
                decimals(node.path("activities")),
                map(node.path("counts"), AcceptanceCase::decimals));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** A decimal from its string (or, tolerated, from a JSON number's text); null when absent. */
    static BigDecimal decimal(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return null;
        return new BigDecimal(node.isNumber() ? node.decimalValue().toPlainString() : node.asString().trim());
    }

    private static Map<String, BigDecimal> decimals(JsonNode object) {
        return map(object, AcceptanceCase::decimal);
    }

    private static <T> Map<String, T> map(JsonNode object, Function<JsonNode, T> value) {
        Map<String, T> result = new LinkedHashMap<>();
        object.properties().forEach(e -> result.put(e.getKey(), value.apply(e.getValue())));
        return result;
    }
}
