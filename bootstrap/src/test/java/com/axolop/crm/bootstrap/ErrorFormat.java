package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The contract's error format, asserted field by field. */
final class ErrorFormat {
    private ErrorFormat() {
    }

    static JsonNode assertError(Api.Answer answer, int status, String path) {
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

    static String fieldsInError(JsonNode body) {
        var fields = new StringBuilder();
        body.path("errors").forEach(error -> fields.append(error.path("field").asText()).append(' '));
        return fields.toString().strip();
    }
}
