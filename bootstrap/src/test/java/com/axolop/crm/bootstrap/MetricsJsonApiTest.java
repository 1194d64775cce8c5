package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /metrics} with {@code Accept: application/json}: the contract's summary; Prometheus text otherwise. */
class MetricsJsonApiTest {
    private static JsonNode summary() {
        Api.Answer answer = Api.anonymous().get("/metrics", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return answer.json();
    }

    @Test
    void requestsAreCountedByStatusWithTheirAverageDuration() {
        long createdBefore = summary().at("/requests/byStatus/201").asLong();
        long totalBefore = summary().at("/requests/total").asLong();
        Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        api.createLead("{\"name\": \"Metered\"}");
        api.get("/api/v1/leads/" + UUID.randomUUID());

        JsonNode requests = summary().path("requests");

        assertThat(requests.at("/byStatus/201").asLong()).isEqualTo(createdBefore + 1);
        assertThat(requests.at("/byStatus/404").asLong()).isPositive();
        assertThat(requests.path("total").asLong()).isGreaterThanOrEqualTo(totalBefore + 3);
        assertThat(requests.path("avgDuration").asDouble()).isPositive();
    }

    @Test
    void theSummaryHoldsErrorsCacheQueuesEventsAndUptime() {
        Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String id = api.createLead("{\"name\": \"Cached\"}");
        api.get("/api/v1/leads/" + id);
        api.get("/api/v1/leads/" + id);

        JsonNode summary = summary();

        assertThat(summary.path("errors").isIntegralNumber()).isTrue();
        assertThat(summary.at("/cache/hits").asLong() + summary.at("/cache/misses").asLong()).isPositive();
        assertThat(summary.at("/cache/hitRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(summary.path("queues").fieldNames()).toIterable()
                .containsExactly("email", "workflow", "import", "export", "analytics", "webhook");
        assertThat(summary.at("/queues/email").fieldNames()).toIterable()
                .containsExactly("waiting", "active", "completed", "failed", "delayed");
        assertThat(summary.at("/events/published").isIntegralNumber()).isTrue();
        assertThat(summary.at("/events/backlog").isIntegralNumber()).isTrue();
        assertThat(summary.path("uptime").asLong()).isNotNegative();
    }

    @Test
    void prometheusTextStaysTheDefault() {
        for (List<String> accept : List.<List<String>>of(List.of(), List.of("Accept", "*/*"), List.of("Accept", "text/plain"))) {
            Api.Answer answer = Api.anonymous().get("/metrics", accept.toArray(String[]::new));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("# TYPE crm_http_requests_seconds");
        }
    }

    @Test
    void databaseTimeIsAHistogramAndSlowStatementsAreCounted() {
        try (Application everyQuerySlow = TestServer.start(Map.of("SLOW_QUERY_MS", "0"))) {
            Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID())).on(TestServer.url(everyQuerySlow));
            long slowBefore = counted(api, "crm_db_slow_queries_total");

            api.createLead("{\"name\": \"Timed\"}");

            String metrics = api.get("/metrics").body();
            assertThat(metrics).contains("crm_db_queries_seconds_bucket{");
            assertThat(counted(api, "crm_db_slow_queries_total")).isGreaterThan(slowBefore);
        }
    }

    private static long counted(Api api, String name) {
        return api.get("/metrics").body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
