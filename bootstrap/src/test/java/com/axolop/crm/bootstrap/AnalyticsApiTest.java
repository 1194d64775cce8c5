package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The reports through the whole stack: status history fed from Kafka by the analytics subscriber, figures from
 * PostgreSQL, cached in Redis and dropped when the workspace's records change.
 */
class AnalyticsApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    // Yesterday to tomorrow: whatever the time of day, the records made now are inside.
    private final String around = "?startDate=" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "&endDate="
            + LocalDate.now(ZoneOffset.UTC).plusDays(1);

    @Test
    void aCachedDashboardIsDroppedWhenALeadIsWritten() {
        assertThat(report("dashboard").at("/leads/total").asLong()).isZero();

        api.createLead("{\"name\":\"Acme\",\"source\":\"web\"}");

        JsonNode dashboard = await("dashboard", report -> report.at("/leads/total").asLong() == 1);
        assertThat(dashboard.at("/leads/new").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/leads/by_source/0/source").asText()).isEqualTo("web");
    }

    @Test
    void theFunnelCountsWhatALeadReachedFromItsStatusHistory() {
        assertThat(report("funnel").at("/stages/0/count").asLong()).isZero();
        String lead = api.createLead("{\"name\":\"Acme\"}");
        api.put("/api/v1/leads/" + lead, "{\"name\":\"Acme\",\"status\":\"CONTACTED\"}");
        api.put("/api/v1/leads/" + lead, "{\"name\":\"Acme\",\"status\":\"QUALIFIED\"}");
        api.put("/api/v1/leads/" + lead, "{\"name\":\"Acme\",\"status\":\"LOST\"}");
        api.createLead("{\"name\":\"Globex\"}");

        JsonNode funnel = await("funnel", report -> report.at("/stages/0/count").asLong() == 2
                && report.at("/stages/2/count").asLong() == 1);

        assertThat(funnel.at("/stages/1/count").asLong()).isEqualTo(1);
        assertThat(funnel.at("/stages/3/count").asLong()).isZero();
        assertThat(funnel.at("/rates/newToContacted").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void revenueNeverAddsAcrossCurrencies() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        deal(lead, "100.10", "USD", "CLOSED_WON");
        deal(lead, "0.20", "USD", "CLOSED_WON");
        deal(lead, "50.00", "EUR", "CLOSED_WON");
        deal(lead, "10.00", "USD", "CLOSED_LOST");
        deal(lead, "99.00", "USD", "PROPOSAL");

        JsonNode revenue = await("revenue", report -> report.path("won_count").asLong() == 3
                && report.path("lost_count").asLong() == 1);

        assertThat(revenue.at("/totalRevenue/0/currency").asText()).isEqualTo("EUR");
        assertThat(revenue.at("/totalRevenue/0/amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(revenue.at("/totalRevenue/1/currency").asText()).isEqualTo("USD");
        assertThat(revenue.at("/totalRevenue/1/amount").decimalValue()).isEqualByComparingTo("100.30");
        assertThat(revenue.path("winRate").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(revenue.at("/pipeline/2/stage").asText()).isEqualTo("PROPOSAL");
        assertThat(revenue.at("/pipeline/2/count").asLong()).isEqualTo(1);
    }

    @Test
    void aViewerReadsTheReports() {
        Api viewer = Api.as(TestTokens.withRole(workspace, "viewer"));

        assertThat(viewer.get("/api/v1/analytics/dashboard").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/analytics/funnel").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/analytics/revenue").status()).isEqualTo(200);
    }

    private void deal(String lead, String value, String currency, String stage) {
        var created = api.post("/api/v1/opportunities", "{\"name\":\"Deal\",\"lead_id\":\"" + lead + "\",\"value\":"
                + value + ",\"currency\":\"" + currency + "\",\"stage\":\"" + stage + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode report(String name) {
        var answer = api.get("/api/v1/analytics/" + name + around);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("data");
    }

    // Well within the reports' 5 and 15 minute lifetimes: only the subscriber's invalidation can make it pass.
    private JsonNode await(String name, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode report = report(name);
        while (!done.test(report) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            report = report(name);
        }
        assertThat(done).as(report.toString()).accepts(report);
        return report;
    }
}
