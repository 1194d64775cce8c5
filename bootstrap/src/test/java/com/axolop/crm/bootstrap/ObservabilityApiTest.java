package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservabilityApiTest {
    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live", "/health/ready", "/health/db"})
    void healthEndpointsReportUp(String path) {
        Api.Answer health = Api.anonymous().get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void readinessIncludesTheDatabase() {
        JsonNode ready = Api.anonymous().get("/health/ready").json();

        assertThat(ready.path("checks").get(0).path("name").asText()).isEqualTo("db");
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndStatusInPrometheusFormat() {
        Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String id = api.createLead("{\"name\":\"Metered\"}");
        api.get("/api/v1/leads/" + id);

        String metrics = Api.anonymous().get("/metrics").body();

        assertThat(metrics).containsPattern(
                "crm_http_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/leads/\\{id}\",scope=\"application\",status=\"200\",?} [1-9]");
        assertThat(metrics).contains("crm_http_requests_seconds_sum{method=\"POST\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/leads", "/x", "/health", "/metrics"})
    void anUnknownMethodIs405InTheErrorFormat(String path) {
        Api.Answer answer = Api.anonymous().send("RANDOM1", path, HttpRequest.BodyPublishers.noBody());

        ErrorFormat.assertError(answer, 405, path);
        assertThat(answer.header("Allow")).contains("GET, POST, PUT, DELETE");
    }

    @Test
    void unknownMethodsAndPathsAddNoMetricSeriesOfTheirOwn() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 1; i <= 3; i++) {
            Api.anonymous().send("RANDOM" + tag + i, "/x/" + tag + i, HttpRequest.BodyPublishers.noBody());
            Api.anonymous().get("/x/" + tag + i);
        }

        String metrics = Api.anonymous().get("/metrics").body();

        assertThat(metrics).doesNotContain(tag);
        assertThat(metrics).containsPattern(
                "crm_http_requests_seconds_count\\{method=\"OTHER\",route=\"unmatched\",scope=\"application\",status=\"405\",?} [1-9]");
    }

    @Test
    void aMetricsRequestTheEndpointCannotServeIsAnsweredInTheErrorFormat() {
        ErrorFormat.assertError(Api.anonymous().get("/metrics", "Accept", "text/csv"), 406, "/metrics");
        ErrorFormat.assertError(Api.anonymous().get("/metrics?name=nope"), 404, "/metrics");
        ErrorFormat.assertError(Api.anonymous().get("/metrics/nope"), 404, "/metrics/nope");
    }

    @Test
    void theAsyncApiDocumentDescribesTheLeadTopic() {
        Api.Answer document = Api.anonymous().get("/asyncapi.yaml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).contains("application/yaml");
        assertThat(document.body()).startsWith("asyncapi: 3.0.0").contains("crm.lead:", "lead.status_changed");
    }

    @Test
    void infoDescribesTheApi() {
        JsonNode info = Api.anonymous().get("/api/v1/info").json();

        assertThat(info.path("name").asText()).isEqualTo("axolop-crm");
        assertThat(info.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(info.path("environment").asText()).isEqualTo("test");
        assertThat(info.path("uptime").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(info.path("started_at").asText()).endsWith("Z");
    }
}
