package com.axolop.crm.adapter.rest.analytics;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.application.analytics.AnalyticsQueries.Standing;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/analytics/dashboard|funnel|revenue}: parameters, roles and the published shape, over a fake
 * of the figures (their SQL is proven in adapters-postgres, the whole path in bootstrap's AnalyticsApiTest). The
 * fake clock says Monday 2026-03-02 09:00 UTC.
 */
class AnalyticsRoutesTest extends RoutesTest {
    private static final String DASHBOARD = "/api/v1/analytics/dashboard";
    private static final String FUNNEL = "/api/v1/analytics/funnel";
    private static final String REVENUE = "/api/v1/analytics/revenue";

    AnalyticsRoutesTest(DirectClient client) {
        super(client);
    }

    @Test
    void theDashboardCoversThisWeekInTheGivenZone() {
        JsonNode utc = api.get(DASHBOARD).data();
        // Still Sunday evening in Honolulu: its week began on 23 February.
        JsonNode honolulu = api.get(DASHBOARD + "?tz=Pacific/Honolulu").data();

        assertThat(utc.path("period").toString())
                .isEqualTo("{\"start\":\"2026-03-02T00:00Z\",\"end\":\"2026-03-09T00:00Z\",\"timezone\":\"UTC\"}");
        assertThat(honolulu.at("/period/start").asText()).isEqualTo("2026-02-23T00:00-10:00");
        assertThat(honolulu.at("/previous_period/start").asText()).isEqualTo("2026-02-16T00:00-10:00");
    }

    @Test
    void anEmptyWorkspaceAnswersZerosNeverNull() {
        JsonNode dashboard = api.get(DASHBOARD).data();

        assertThat(dashboard.at("/leads/total").asLong()).isZero();
        assertThat(dashboard.at("/leads/by_status/CONVERTED").isNumber()).isTrue();
        assertThat(dashboard.at("/opportunities/won_value").isArray()).isTrue();
        assertThat(dashboard.path("conversion_rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get(FUNNEL).data().at("/rates/overallConversion").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get(REVENUE).data().path("winRate").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void everyFigureIsTheCallersWorkspaces() {
        BACKEND.analytics.standing(new WorkspaceId(workspace), new Standing(42, Map.of("NEW", 42L), 0, 1,
                Map.of("EUR", new BigDecimal("12.30")), Map.of()));

        var mine = api.get(DASHBOARD + "?period=year");

        assertThat(mine.data().at("/leads/total").asLong()).isEqualTo(42);
        // To the cent, as written: 12.30, not 12.3.
        assertThat(mine.body()).contains("\"pipeline_value\":[{\"currency\":\"EUR\",\"amount\":12.30}]");
        assertThat(stranger().get(DASHBOARD + "?period=year").data().at("/leads/total").asLong()).isZero();
    }

    @Test
    void revenueDefaultsToThisMonthByDayAndTakesAnInterval() {
        assertThat(api.get(REVENUE).data().path("series")).hasSize(31);
        JsonNode weekly = api.get(REVENUE + "?startDate=2024-02-28&endDate=2024-03-12&interval=week").data();

        assertThat(weekly.path("interval").asText()).isEqualTo("week");
        assertThat(weekly.at("/series/0/bucket").asText()).isEqualTo("2024-02-26");
        assertThat(weekly.path("series")).hasSize(3);
    }

    @Test
    void aViewerMayReadEveryReportButAnonymousMayNot() {
        for (String report : new String[] {DASHBOARD, FUNNEL, REVENUE}) {
            assertThat(withRole("viewer").get(report).status()).as(report).isEqualTo(200);
            assertError(anonymous.get(report), 401, report);
        }
    }

    @Test
    void badParametersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(REVENUE + "?period=decade&tz=Mars/Olympus&interval=hour"), 400, REVENUE);

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("period", "tz", "interval");
    }

    @Test
    void aPeriodAndDatesDoNotCombine() {
        JsonNode body = assertError(api.get(DASHBOARD + "?period=week&startDate=2024-01-01&endDate=2024-01-31"), 400,
                DASHBOARD);

        assertThat(fieldsInError(body)).containsExactly("period");
        assertThat(fieldsInError(assertError(api.get(DASHBOARD + "?period=decade&startDate=2024-01-01&endDate=2024-01-31"),
                400, DASHBOARD))).containsExactly("period");
    }

    @Test
    void datesComeInPairsInOrderAndWithinThreeYears() {
        assertThat(fieldsInError(assertError(api.get(FUNNEL + "?startDate=2024-01-01"), 400, FUNNEL)))
                .containsExactly("endDate");
        assertThat(fieldsInError(assertError(api.get(FUNNEL + "?startDate=2024-02-01&endDate=2024-01-31"), 400,
                FUNNEL))).containsExactly("endDate");
        assertThat(fieldsInError(assertError(api.get(FUNNEL + "?startDate=2020-01-01&endDate=2024-01-31"), 400,
                FUNNEL))).containsExactly("endDate");
        assertThat(fieldsInError(assertError(api.get(FUNNEL + "?startDate=2024-02-30&endDate=2024-03-31"), 400,
                FUNNEL))).containsExactly("startDate");
    }

    @Test
    void onlyGetIsAllowed() {
        assertThat(api.post(DASHBOARD, "{}").status()).isEqualTo(405);
    }
}
