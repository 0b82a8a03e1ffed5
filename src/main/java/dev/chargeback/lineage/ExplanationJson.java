package dev.chargeback.lineage;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An explanation as JSON: the records as they are, decimals written plain ("18116.24", never 1.811624E+4). */
public final class ExplanationJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private ExplanationJson() {
    }

    public static String write(Object explanations) {
        return JSON.writeValueAsString(explanations);
    }
}
