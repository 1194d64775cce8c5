package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MANAGEMENT_PORT moves /metrics and the detailed health off the API's port; the API keeps a bare /health. */
class ManagementPortApiTest {
    private static Application instance;
    private static Api api;
    private static Api management;

    @BeforeAll
    static void start() {
        instance = TestServer.start(Map.of("MANAGEMENT_PORT", "0"));
        api = Api.anonymous().on(TestServer.url(instance));
        management = Api.anonymous().onManagementPort("http://localhost:" + instance.managementPort());
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void metricsAreServedOnTheManagementPortOnly() {
        assertThat(management.get("/metrics").status()).isEqualTo(200);
        assertThat(management.get("/metrics").body()).contains("crm_");
        ErrorFormat.assertError(api.get("/metrics"), 404, "/metrics");
    }

    @Test
    void theJsonMetricsSummaryIsServedOnTheManagementPort() {
        Api.Answer summary = management.get("/metrics", "Accept", "application/json");

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().at("/requests/total").isIntegralNumber()).isTrue();
    }

    @Test
    void theApisPortTellsTheOverallStatusWithoutDetails() {
        Api.Answer health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().toString()).isEqualTo("{\"status\":\"UP\"}");
        ErrorFormat.assertError(api.get("/health/db"), 404, "/health/db");
        ErrorFormat.assertError(api.get("/health/ready"), 404, "/health/ready");
    }

    @Test
    void theManagementPortHasTheDetailedHealth() {
        JsonNode health = management.get("/health").json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("checks")).isNotEmpty();
        assertThat(management.get("/health/db").json().at("/checks/0/name").asText()).isEqualTo("db");
        assertThat(management.get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void theApiStaysOnItsPort() {
        assertThat(api.get("/api/v1/info").status()).isEqualTo(200);
        assertThat(management.get("/api/v1/info").status()).isEqualTo(404);
    }
}
