package com.axolop.crm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The contract's error format, asserted field by field (as bootstrap's ErrorFormat). */
public final class ErrorFormat {
    private ErrorFormat() {
    }

    public static JsonNode assertError(TestApi.Answer answer, int status, String path) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = answer.json();
        assertThat(body.path("status").asText()).isEqualTo("error");
        assertThat(body.path("statusCode").asInt()).isEqualTo(status);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception", "at com.", "at io.");
        assertThat(body.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(body.path("path").asText()).isEqualTo(path);
        assertThat(body.path("requestId").asText()).isEqualTo(answer.header("X-Request-Id").orElseThrow());
        return body;
    }

    /** The fields named in {@code errors}, in order. */
    public static List<String> fieldsInError(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    /** The message {@code errors} gives for {@code field}. */
    public static String messageFor(JsonNode body, String field) {
        for (JsonNode error : body.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + body);
    }
}
