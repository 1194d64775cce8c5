package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Search end to end against the embedded PostgreSQL: {@code q} on the lead, contact and opportunity lists
 * and {@code GET /api/v1/search} across them.
 */
class SearchApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void partOfANameFindsTheRecord() {
        String acme = api.createLead("{\"name\":\"Acme Corp\"}");
        api.createLead("{\"name\":\"Globex\"}");
        String contact = contact("{\"first_name\":\"Wile\",\"last_name\":\"Coyote\",\"company\":\"Acme Anvils\"}");

        assertThat(ids(api.get("/api/v1/leads?q=acm"))).containsExactly(acme);
        assertThat(ids(api.get("/api/v1/contacts?q=acm"))).containsExactly(contact);
        assertThat(ids(api.get("/api/v1/search?q=acm"))).containsExactlyInAnyOrder(acme, contact);
    }

    @Test
    void opportunitiesAreFoundByPartOfTheirNameAndTheWordsOfTheirLostReason() {
        String lead = api.createLead("{\"name\":\"Initech\"}");
        String renewal = opportunity("{\"name\":\"Acme renewal 2025\",\"lead_id\":\"" + lead + "\"}");
        String lost = opportunity("{\"name\":\"Pilot\",\"lead_id\":\"" + lead
                + "\",\"stage\":\"CLOSED_LOST\",\"lost_reason\":\"Budgets were frozen\"}");

        assertThat(ids(api.get("/api/v1/opportunities?q=renew"))).containsExactly(renewal);
        assertThat(ids(api.get("/api/v1/opportunities?q=budget"))).containsExactly(lost);
        JsonNode hit = api.get("/api/v1/search?q=acme%20renewal&types=opportunities").json().at("/data/0");
        assertThat(hit.path("type").asText()).isEqualTo("opportunity");
        assertThat(hit.path("id").asText()).isEqualTo(renewal);
        assertThat(hit.path("title").asText()).isEqualTo("Acme renewal 2025");
        assertThat(hit.path("subtitle").asText()).isEqualTo("PROSPECTING");
    }

    private String opportunity(String json) {
        Api.Answer created = api.post("/api/v1/opportunities", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    @Test
    void oneOrTwoLettersFindTheWordsTheyStart() {
        String acme = api.createLead("{\"name\":\"Acme Corp\"}");
        api.createLead("{\"name\":\"Globex\"}");

        assertThat(ids(api.get("/api/v1/leads?q=Ac"))).containsExactly(acme);
    }

    @Test
    void aStopWordStillFindsTheNamesHoldingIt() {
        String heather = api.createLead("{\"name\":\"Heather Smith\"}");
        api.createLead("{\"name\":\"Globex\"}");

        assertThat(ids(api.get("/api/v1/leads?q=the"))).containsExactly(heather);
        assertThat(ids(api.get("/api/v1/search?q=the"))).containsExactly(heather);
    }

    @Test
    void anEmailFragmentFindsThatEmailAndNotEveryoneOfTheName() {
        String lead = api.createLead("{\"name\":\"J. Doe\",\"email\":\"jane@example.com\"}");
        String contact = contact("{\"first_name\":\"Janet\",\"email\":\"mary.jane@example.org\"}");
        api.createLead("{\"name\":\"Jane Roe\",\"email\":\"roe@example.com\"}");

        assertThat(ids(api.get("/api/v1/leads?q=jane@"))).containsExactly(lead);
        assertThat(ids(api.get("/api/v1/search?q=" + encode("jane@")))).containsExactlyInAnyOrder(lead, contact);
    }

    @Test
    void aWordInTheNotesFindsTheLeadWhateverItsForm() {
        String lead = api.createLead("{\"name\":\"Initech\",\"notes\":\"Discussed the renewals of their telescopes\"}");
        api.createLead("{\"name\":\"Hooli\",\"notes\":\"Cold call\"}");

        assertThat(ids(api.get("/api/v1/leads?q=telescope"))).containsExactly(lead);
        assertThat(ids(api.get("/api/v1/leads?q=renewal"))).containsExactly(lead);
        assertThat(ids(api.get("/api/v1/search?q=telescope"))).containsExactly(lead);
    }

    @Test
    void anExactNameRanksAboveANotesOnlyMatch() {
        String notes = api.createLead("{\"name\":\"Globex\",\"notes\":\"Their partner zephyr may join\"}");
        String name = api.createLead("{\"name\":\"Zephyr\"}");
        String longerName = api.createLead("{\"name\":\"Zephyr Winds Ltd\"}");

        assertThat(ids(api.get("/api/v1/leads?q=zephyr"))).containsExactly(name, longerName, notes);
        JsonNode hits = api.get("/api/v1/search?q=zephyr").json().path("data");
        assertThat(ids(hits)).containsExactly(name, longerName, notes);
        assertThat(hits.get(0).path("score").asDouble()).isGreaterThan(hits.get(1).path("score").asDouble());
        assertThat(hits.get(1).path("score").asDouble()).isGreaterThan(hits.get(2).path("score").asDouble());
    }

    @Test
    void anotherWorkspacesMatchIsNeverReturned() {
        String mine = api.createLead("{\"name\":\"Acme Corp\"}");
        Api other = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        other.createLead("{\"name\":\"Acme Corp\"}");
        other.post("/api/v1/contacts", "{\"first_name\":\"Acme\"}");

        assertThat(ids(api.get("/api/v1/leads?q=acme"))).containsExactly(mine);
        assertThat(ids(api.get("/api/v1/contacts?q=acme"))).isEmpty();
        JsonNode search = api.get("/api/v1/search?q=acme").json();
        assertThat(ids(search.path("data"))).containsExactly(mine);
        assertThat(search.at("/pagination/total").asLong()).isEqualTo(1);
    }

    @Test
    void paginatesTheMatchesWithTheirTotal() {
        for (int i = 0; i < 3; i++) {
            api.createLead("{\"name\":\"Umbrella " + i + "\"}");
            contact("{\"first_name\":\"Umbrella\",\"last_name\":\"Buyer " + i + "\"}");
        }
        api.createLead("{\"name\":\"Globex\"}");

        JsonNode leads = api.get("/api/v1/leads?q=umbrella&limit=2&page=2").json();
        JsonNode search = api.get("/api/v1/search?q=umbrella&limit=4&page=2").json();
        JsonNode pastTheEnd = api.get("/api/v1/search?q=umbrella&limit=4&page=3").json();

        assertThat(leads.path("data")).hasSize(1);
        assertThat(leads.path("pagination").toString())
                .isEqualTo("{\"page\":2,\"limit\":2,\"total\":3,\"totalPages\":2,\"next_cursor\":null}");
        assertThat(search.path("data")).hasSize(2);
        assertThat(search.path("pagination").toString()).isEqualTo("{\"page\":2,\"limit\":4,\"total\":6,\"totalPages\":2}");
        assertThat(pastTheEnd.path("data")).isEmpty();
        assertThat(pastTheEnd.at("/pagination/total").asLong()).isEqualTo(6);
    }

    @Test
    void pagesOfASearchNeitherOverlapNorSkip() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.createLead("{\"name\":\"Initech\"}"));
        }
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(ids(api.get("/api/v1/search?q=initech&limit=2&page=" + page)));
        }

        assertThat(paged).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void combinesWithTheOtherFiltersAndAnAskedForSort() {
        String qualified = api.createLead("{\"name\":\"Acme West\",\"status\":\"QUALIFIED\"}");
        api.createLead("{\"name\":\"Acme East\",\"status\":\"NEW\"}");
        String other = api.createLead("{\"name\":\"Acme North\",\"status\":\"QUALIFIED\"}");
        String lead = api.createLead("{\"name\":\"Globex\"}");
        String linked = contact("{\"first_name\":\"Ann\",\"company\":\"Acme\",\"lead_id\":\"" + lead + "\"}");
        contact("{\"first_name\":\"Bob\",\"company\":\"Acme\"}");

        assertThat(ids(api.get("/api/v1/leads?q=acme&status=QUALIFIED&sort=name&order=asc")))
                .containsExactly(other, qualified);
        assertThat(ids(api.get("/api/v1/contacts?q=acme&lead_id=" + lead))).containsExactly(linked);
    }

    @Test
    void anExportHoldsEveryMatchOfItsSearch() {
        String acme = api.createLead("{\"name\":\"Acme Corp\"}");
        api.createLead("{\"name\":\"Globex\"}");
        String contact = contact("{\"first_name\":\"Wile\",\"company\":\"Acme\"}");
        contact("{\"first_name\":\"Bugs\"}");

        assertThat(ids(api.get("/api/v1/leads/export?format=json&q=acme").json())).containsExactly(acme);
        assertThat(ids(api.get("/api/v1/contacts/export?format=json&q=acme").json())).containsExactly(contact);
    }

    @Test
    void aHitCarriesTypeTitleSubtitleScoreAndTheFullRecord() {
        String lead = api.createLead("{\"name\":\"Acme Corp\",\"email\":\"sales@acme.com\",\"company\":\"Acme\"}");
        String contact = contact("{\"first_name\":\"Road\",\"last_name\":\"Runner\",\"email\":\"road@acme.com\"}");

        JsonNode hits = api.get("/api/v1/search?q=acme").json().path("data");
        JsonNode leadHit = hit(hits, lead);
        JsonNode contactHit = hit(hits, contact);

        assertThat(leadHit.path("type").asText()).isEqualTo("lead");
        assertThat(leadHit.path("title").asText()).isEqualTo("Acme Corp");
        assertThat(leadHit.path("subtitle").asText()).isEqualTo("sales@acme.com · Acme");
        assertThat(leadHit.path("score").asDouble()).isPositive();
        assertThat(leadHit.path("record")).isEqualTo(api.get("/api/v1/leads/" + lead).json().path("data"));
        assertThat(contactHit.path("type").asText()).isEqualTo("contact");
        assertThat(contactHit.path("title").asText()).isEqualTo("Road Runner");
        assertThat(contactHit.path("subtitle").asText()).isEqualTo("road@acme.com");
        assertThat(contactHit.path("record")).isEqualTo(api.get("/api/v1/contacts/" + contact).json().path("data"));
    }

    @Test
    void typesNarrowTheSearch() {
        api.createLead("{\"name\":\"Acme Corp\"}");
        String contact = contact("{\"first_name\":\"Acme\"}");

        JsonNode hits = api.get("/api/v1/search?q=acme&types=contacts").json().path("data");

        assertThat(ids(hits)).containsExactly(contact);
    }

    @Test
    void aSearchTextIsOneTo200Characters() {
        for (String q : List.of("", "%20%20", "x".repeat(201), "a%01b")) {
            for (String path : List.of("/api/v1/leads", "/api/v1/contacts", "/api/v1/search")) {
                JsonNode body = assertError(api.get(path + "?q=" + q), 400, path);
                assertThat(ErrorFormat.fieldsInError(body)).as(path + "?q=" + q).isEqualTo("q");
            }
        }
        assertThat(api.get("/api/v1/leads?q=" + "x".repeat(200)).status()).isEqualTo(200);
    }

    @Test
    void theSearchNeedsATextAndKnownTypesAndReportsBoth() {
        JsonNode missing = assertError(api.get("/api/v1/search"), 400, "/api/v1/search");
        JsonNode both = assertError(api.get("/api/v1/search?types=leads,nope"), 400, "/api/v1/search");
        JsonNode empty = assertError(api.get("/api/v1/search?q=acme&types=,"), 400, "/api/v1/search");

        assertThat(ErrorFormat.fieldsInError(missing)).isEqualTo("q");
        assertThat(ErrorFormat.fieldsInError(both).split(" ")).containsExactlyInAnyOrder("q", "types");
        assertThat(both.toString()).contains("types must be a comma-separated list of: leads, contacts");
        assertThat(ErrorFormat.fieldsInError(empty)).isEqualTo("types");
    }

    @Test
    void textThatLooksLikeSqlOrPatternsIsJustText() {
        api.createLead("{\"name\":\"Acme Corp\"}");
        String percent = api.createLead("{\"name\":\"100% Cotton_Co\"}");

        assertThat(ids(api.get("/api/v1/leads?q=" + encode("%")))).isEmpty();
        assertThat(ids(api.get("/api/v1/leads?q=" + encode("0% cotton_")))).containsExactly(percent);
        assertThat(ids(api.get("/api/v1/search?q=" + encode("' or 1=1 --")))).isEmpty();
        assertThat(ids(api.get("/api/v1/search?q=" + encode("acme & !corp | (")))).isEmpty();
    }

    private String contact(String json) {
        Api.Answer created = api.post("/api/v1/contacts", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private static List<String> ids(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ids(answer.json().path("data"));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode hit(JsonNode hits, String id) {
        for (JsonNode hit : hits) {
            if (hit.path("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + hits);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
