package com.axolop.crm.adapter.rest.exporting;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Asking for an export package: what is queued, what is refused, and who may see it (the runs are in bootstrap). */
class ExportRoutesTest extends RoutesTest {
    private static final String EXPORTS = "/api/v1/exports";

    ExportRoutesTest(DirectClient client) {
        super(client);
    }

    private String start(TestApi caller, String body) {
        TestApi.Answer started = caller.post(EXPORTS, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.data().path("export_id").asText();
    }

    @Test
    void anExportIsQueuedWithItsEntitiesFormatAndFilters() {
        String id = start(api, "{\"entities\":[\"contacts\",\"leads\"],\"format\":\"json\","
                + "\"filters\":{\"leads\":{\"status\":\"NEW\"}}}");

        TestApi.Answer progress = api.get(EXPORTS + "/" + id);

        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.data().path("status").asText()).isEqualTo("queued");
        assertThat(progress.data().path("format").asText()).isEqualTo("json");
        assertThat(progress.data().path("entities").toString()).isEqualTo("[\"leads\",\"contacts\"]");
        assertThat(progress.data().path("filters").path("leads").path("status").asText()).isEqualTo("NEW");
        assertThat(progress.data().path("rows").path("leads").asLong()).isZero();
    }

    @Test
    void allMeansEveryEntityInCsvByDefault() {
        String id = start(api, "{\"entities\":\"all\"}");

        TestApi.Answer progress = api.get(EXPORTS + "/" + id);

        assertThat(progress.data().path("format").asText()).isEqualTo("csv");
        assertThat(progress.data().path("entities").toString())
                .isEqualTo("[\"leads\",\"contacts\",\"opportunities\",\"calendar_events\",\"forms\"]");
    }

    @Test
    void badEntitiesFormatAndFiltersAreReportedTogether() {
        TestApi.Answer refused = api.post(EXPORTS, "{\"entities\":[\"leads\"],\"format\":\"xml\","
                + "\"filters\":{\"leads\":{\"status\":\"sleeping\"},\"contacts\":{}}}");

        assertThat(fieldsInError(assertError(refused, 400, EXPORTS)))
                .containsExactlyInAnyOrder("format", "filters.leads.status", "filters.contacts");
    }

    @Test
    void missingOrUnknownEntitiesAre400() {
        assertThat(fieldsInError(assertError(api.post(EXPORTS, "{}"), 400, EXPORTS))).containsExactly("entities");
        assertThat(fieldsInError(assertError(api.post(EXPORTS, "{\"entities\":[\"deals\"]}"), 400, EXPORTS)))
                .containsExactly("entities");
        assertThat(fieldsInError(assertError(api.post(EXPORTS, "{\"entities\":[]}"), 400, EXPORTS)))
                .containsExactly("entities");
    }

    @Test
    void aViewerMayExport() {
        start(withRole("viewer"), "{\"entities\":[\"leads\"]}");
    }

    @Test
    void anotherWorkspacesExportIs404() {
        String path = EXPORTS + "/" + start(api, "{\"entities\":[\"leads\"]}");

        assertError(stranger().get(path), 404, path);
        assertError(stranger().get(path + "/download"), 404, path + "/download");
    }

    @Test
    void anUnfinishedExportCannotBeDownloadedYet() {
        String path = EXPORTS + "/" + start(api, "{\"entities\":[\"leads\"]}") + "/download";

        assertError(api.get(path), 409, path);
    }

    @Test
    void anUnknownOrMalformedExportIdIs404() {
        String unknown = EXPORTS + "/" + UUID.randomUUID();

        assertError(api.get(unknown), 404, unknown);
        assertError(api.get(EXPORTS + "/not-an-id"), 404, EXPORTS + "/not-an-id");
    }
}
