package com.axolop.crm.adapter.rest.search;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static com.axolop.crm.adapter.rest.ErrorFormat.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/search}: the workspace's matches across leads, contacts and opportunities, in the list
 * envelope. Matching and ranking are the in-memory index's (the store's are tested against PostgreSQL).
 */
class SearchRoutesTest extends RoutesTest {
    private static final String SEARCH = "/api/v1/search";

    SearchRoutesTest(DirectClient client) {
        super(client);
    }

    private List<String> ids(String query) {
        TestApi.Answer answer = api.get(SEARCH + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.listed("id");
    }

    @Test
    void findsRecordsOfEveryTypeByPartOfTheirName() {
        String lead = api.create("/api/v1/leads", "{\"name\":\"Acme Corp\"}");
        api.create("/api/v1/leads", "{\"name\":\"Globex\"}");
        String contact = api.create("/api/v1/contacts", "{\"first_name\":\"Wile\",\"company\":\"Acme Anvils\"}");
        String opportunity = api.create("/api/v1/opportunities", "{\"name\":\"Acme renewal\",\"lead_id\":\"" + lead + "\"}");

        assertThat(ids("?q=acm")).containsExactlyInAnyOrder(lead, contact, opportunity);
    }

    @Test
    void aHitShowsItsTypeTitleSubtitleScoreAndRecord() {
        String lead = api.create("/api/v1/leads", "{\"name\":\"Acme Corp\",\"email\":\"ops@acme.com\",\"company\":\"Acme\"}");

        TestApi.Answer answer = api.get(SEARCH + "?q=acme&types=leads");

        JsonNode hit = answer.data().get(0);
        assertThat(hit.path("type").asText()).isEqualTo("lead");
        assertThat(hit.path("id").asText()).isEqualTo(lead);
        assertThat(hit.path("title").asText()).isEqualTo("Acme Corp");
        assertThat(hit.path("subtitle").asText()).isEqualTo("ops@acme.com · Acme");
        assertThat(hit.path("score").isNumber()).isTrue();
        assertThat(hit.path("record")).isEqualTo(api.get("/api/v1/leads/" + lead).data());
        assertThat(answer.json().path("pagination").toString())
                .isEqualTo("{\"page\":1,\"limit\":20,\"total\":1,\"totalPages\":1}");
    }

    @Test
    void typesNarrowTheSearch() {
        api.create("/api/v1/leads", "{\"name\":\"Acme Corp\"}");
        String contact = api.create("/api/v1/contacts", "{\"first_name\":\"Acme\"}");

        assertThat(ids("?q=acme&types=contacts")).containsExactly(contact);
    }

    @Test
    void anotherWorkspacesRecordsAreNeverFound() {
        stranger().create("/api/v1/leads", "{\"name\":\"Acme Corp\"}");

        assertThat(ids("?q=acme")).isEmpty();
    }

    @Test
    void theSearchNeedsATextAndKnownTypesAndReportsBoth() {
        JsonNode missing = assertError(api.get(SEARCH), 400, SEARCH);
        JsonNode both = assertError(api.get(SEARCH + "?types=leads,nope"), 400, SEARCH);
        JsonNode empty = assertError(api.get(SEARCH + "?q=acme&types=,"), 400, SEARCH);

        assertThat(fieldsInError(missing)).containsExactly("q");
        assertThat(fieldsInError(both)).containsExactlyInAnyOrder("q", "types");
        assertThat(messageFor(both, "types")).contains("must be a comma-separated list of: leads, contacts, opportunities");
        assertThat(fieldsInError(empty)).containsExactly("types");
    }

    @Test
    void aSearchTextIsOneTo200PrintableCharacters() {
        for (String q : List.of("%20%20", "x".repeat(201), "a%01b")) {
            assertThat(fieldsInError(assertError(api.get(SEARCH + "?q=" + q), 400, SEARCH))).as(q).containsExactly("q");
        }
        assertThat(api.get(SEARCH + "?q=" + "x".repeat(200)).status()).isEqualTo(200);
    }

    @Test
    void badPagingIsReportedWithTheRest() {
        JsonNode body = assertError(api.get(SEARCH + "?q=acme&page=0&limit=0"), 400, SEARCH);

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("page", "limit");
    }

    @Test
    void aViewerMaySearchButAnonymousMayNot() {
        assertThat(withRole("viewer").get(SEARCH + "?q=acme").status()).isEqualTo(200);
        assertError(anonymous.get(SEARCH + "?q=acme"), 401, SEARCH);
    }

    @Test
    void onlyGetIsAllowed() {
        TestApi.Answer post = api.post(SEARCH, "{}");

        assertError(post, 405, SEARCH);
        assertThat(post.header("Allow")).contains("GET");
    }
}
