package dev.chargeback.report.internal;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;

/**
 * The JSON outputs' one mapper: records whose components become snake_case keys in declaration order, indented,
 * one trailing line end. Amounts and ratios are strings in the records, so no number ever passes through a double.
 */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** A JSON file as a tree (an earlier run's manifest.json). */
    static tools.jackson.databind.JsonNode read(Path file) {
        return MAPPER.readTree(file.toFile());
    }

    static void write(Path file, Object document) {
        CsvOut.text(file, w -> w.write(MAPPER.writeValueAsString(document) + "\n"));
    }
}
