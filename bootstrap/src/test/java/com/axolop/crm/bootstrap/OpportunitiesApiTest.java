package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The opportunity endpoints end to end, against the embedded PostgreSQL and Kafka. */
class OpportunitiesApiTest extends RecordApiContract {
    private String lead;

    @Override
    String path() {
        return "/api/v1/opportunities";
    }

    @Override
    String validBody() {
        return "{\"name\":\"Acme renewal\",\"lead_id\":\"" + lead() + "\",\"value\":5000,\"probability\":20,"
                + "\"expected_close_date\":\"2024-09-30\",\"tags\":[\"q3\"],\"custom_fields\":{\"source\":\"fair\"}}";
    }

    @Override
    String changedBody() {
        return body("Acme renewal 2025", "PROPOSAL");
    }

    private String lead() {
        if (lead == null) {
            lead = api.createLead("{\"name\":\"Acme\"}");
        }
        return lead;
    }

    private String body(String name, String stage) {
        return "{\"name\":\"" + name + "\",\"lead_id\":\"" + lead() + "\",\"stage\":\"" + stage + "\"}";
    }

    private String createWith(String json) {
        Api.Answer created = api.post(path(), json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private JsonNode put(String id, String json) {
        Api.Answer updated = api.put(path() + "/" + id, json);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        return updated.json().path("data");
    }

    private static List<String> types(List<ConsumerRecord<String, String>> events) {
        return events.stream().map(event -> EventTap.header(event, "ce_type")).toList();
    }

    private static Predicate<List<ConsumerRecord<String, String>>> sawA(String type) {
        return seen -> types(seen).contains(type);
    }

    private static JsonNode payload(ConsumerRecord<String, String> event) {
        try {
            return new ObjectMapper().readTree(event.value());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAllMatchTheirSchemas(List<ConsumerRecord<String, String>> events) {
        assertThat(events).allSatisfy(event -> assertThat(
                EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty());
    }

    @Test
    void aNewOpportunityIsProspectingInUsdOwnedByItsCreatorAndOpen() {
        JsonNode created = api.post(path(), "{\"name\":\"Deal\",\"lead_id\":\"" + lead() + "\"}").json().path("data");

        assertThat(created.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(created.path("currency").asText()).isEqualTo("USD");
        assertThat(created.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(created.path("closed_at").isNull()).isTrue();
        assertThat(created.path("probability").isNull()).isTrue();
        assertThat(created.path("lead_id").asText()).isEqualTo(lead());
        assertThat(created.path("contact_id").isNull()).isTrue();
    }

    @Test
    void readsBackEveryFieldAsWritten() {
        JsonNode read = api.get(path() + "/" + create()).json().path("data");

        assertThat(read.path("value").decimalValue()).isEqualByComparingTo("5000");
        assertThat(read.path("probability").asInt()).isEqualTo(20);
        assertThat(read.path("expected_close_date").asText()).isEqualTo("2024-09-30");
        assertThat(read.path("tags").toString()).isEqualTo("[\"q3\"]");
        assertThat(read.path("custom_fields").toString()).isEqualTo("{\"source\":\"fair\"}");
    }

    @Test
    void closedAtIsTheServersAndNeverReadFromTheBody() {
        JsonNode created = api.post(path(), "{\"name\":\"Deal\",\"lead_id\":\"" + lead() + "\","
                + "\"closed_at\":\"2020-01-01T00:00:00Z\"}").json().path("data");

        assertThat(created.path("closed_at").isNull()).isTrue();
    }

    @Test
    void needsALeadOrAContact() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"Deal\"}"), 400, path());

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("lead_id");
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("lead_id or contact_id is required");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"name":" ","lead_id":"123","contact_id":7,"value":-1,"currency":"usd","stage":"WON",
                 "probability":12.5,"expected_close_date":"30/09/2024","lost_reason":[],"tags":"q3",
                 "custom_fields":[],"owner":1}"""), 400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" ")).containsExactlyInAnyOrder("name", "lead_id",
                "contact_id", "value", "currency", "stage", "probability", "expected_close_date", "lost_reason",
                "tags", "custom_fields", "owner");
    }

    @Test
    void probabilityIsAWholePercentage() {
        JsonNode fraction = assertError(api.post(path(), "{\"name\":\"D\",\"lead_id\":\"" + lead() + "\",\"probability\":12.5}"),
                400, path());
        JsonNode tooHigh = assertError(api.post(path(), "{\"name\":\"D\",\"lead_id\":\"" + lead() + "\",\"probability\":101}"),
                400, path());

        assertThat(fraction.at("/errors/0/message").asText()).isEqualTo("probability must be an integer");
        assertThat(tooHigh.at("/errors/0/message").asText()).isEqualTo("probability must be an integer between 0 and 100");
        assertThat(api.post(path(), "{\"name\":\"D\",\"lead_id\":\"" + lead() + "\",\"probability\":100}").status())
                .isEqualTo(201);
    }

    @Test
    void theLeadAndContactMustExistInTheWorkspace() {
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String foreignLead = stranger.createLead("{\"name\":\"Other\"}");
        String contact = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}").json().at("/data/id").asText();

        JsonNode badLead = assertError(api.post(path(), "{\"name\":\"D\",\"lead_id\":\"" + foreignLead + "\"}"), 400, path());
        JsonNode badContact = assertError(api.post(path(), "{\"name\":\"D\",\"contact_id\":\"" + UUID.randomUUID() + "\"}"),
                400, path());

        assertThat(badLead.at("/errors/0/field").asText()).isEqualTo("lead_id");
        assertThat(badContact.at("/errors/0/field").asText()).isEqualTo("contact_id");
        assertThat(badContact.at("/errors/0/message").asText()).isEqualTo("contact_id does not exist in this workspace");
        assertThat(api.post(path(), "{\"name\":\"D\",\"contact_id\":\"" + contact + "\"}").status()).isEqualTo(201);
    }

    @Test
    void closingAsWonSetsClosedAtAndPublishesOneWonEvenWhenItStaysWon() {
        try (var tap = new EventTap(workspace, "crm.opportunity")) {
            String id = createWith(body("Deal", "NEGOTIATION"));

            JsonNode won = put(id, body("Deal", "CLOSED_WON"));
            JsonNode stillWon = put(id, body("Deal (signed)", "CLOSED_WON"));
            api.delete(path() + "/" + id);

            assertThat(won.path("closed_at").asText()).isNotEmpty();
            assertThat(stillWon.path("closed_at").asText()).isEqualTo(won.path("closed_at").asText());
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(sawA("opportunity.deleted"));
            assertThat(types(events)).containsExactly("opportunity.created", "opportunity.updated",
                    "opportunity.stage_changed", "opportunity.won", "opportunity.updated", "opportunity.deleted");
            assertThat(events).allSatisfy(event -> assertThat(event.key()).isEqualTo(id));
            assertThat(payload(events.get(2)).path("from").asText()).isEqualTo("NEGOTIATION");
            assertThat(payload(events.get(2)).path("to").asText()).isEqualTo("CLOSED_WON");
            assertThat(payload(events.get(1)).path("changes").toString()).isEqualTo("[\"stage\",\"closed_at\"]");
            assertAllMatchTheirSchemas(events);
        }
    }

    @Test
    void closingAsLostPublishesLost() {
        try (var tap = new EventTap(workspace, "crm.opportunity")) {
            String id = createWith(body("Deal", "PROPOSAL"));

            JsonNode lost = put(id, "{\"name\":\"Deal\",\"lead_id\":\"" + lead() + "\",\"stage\":\"CLOSED_LOST\","
                    + "\"lost_reason\":\"Budget cut\"}");

            assertThat(lost.path("closed_at").asText()).isNotEmpty();
            assertThat(lost.path("lost_reason").asText()).isEqualTo("Budget cut");
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(sawA("opportunity.lost"));
            assertThat(types(events)).containsExactly("opportunity.created", "opportunity.updated",
                    "opportunity.stage_changed", "opportunity.lost");
            assertAllMatchTheirSchemas(events);
        }
    }

    @Test
    void reopeningClearsClosedAtAndClosingAgainPublishesWonAgain() {
        try (var tap = new EventTap(workspace, "crm.opportunity")) {
            String id = createWith(body("Deal", "CLOSED_WON"));

            JsonNode reopened = put(id, body("Deal", "NEGOTIATION"));
            JsonNode wonAgain = put(id, body("Deal", "CLOSED_WON"));

            assertThat(reopened.path("closed_at").isNull()).isTrue();
            assertThat(wonAgain.path("closed_at").asText()).isNotEmpty();
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 7);
            assertThat(types(events)).containsExactly("opportunity.created", "opportunity.won",
                    "opportunity.updated", "opportunity.stage_changed",
                    "opportunity.updated", "opportunity.stage_changed", "opportunity.won");
            assertThat(payload(events.get(3)).path("from").asText()).isEqualTo("CLOSED_WON");
            assertThat(payload(events.get(3)).path("to").asText()).isEqualTo("NEGOTIATION");
            assertAllMatchTheirSchemas(events);
        }
    }

    @Test
    void anIdenticalPutPublishesNothing() {
        try (var tap = new EventTap(workspace, "crm.opportunity")) {
            String id = createWith(body("Deal", "CLOSED_LOST"));

            put(id, api.get(path() + "/" + id).json().path("data").toString());
            api.delete(path() + "/" + id);

            assertThat(types(tap.awaitUntil(sawA("opportunity.deleted"))))
                    .containsExactly("opportunity.created", "opportunity.lost", "opportunity.deleted");
        }
    }

    @Test
    void filtersByStageValueRangeAndExpectedCloseRangeInclusively() {
        createWith("{\"name\":\"A\",\"lead_id\":\"" + lead() + "\",\"value\":100,\"expected_close_date\":\"2024-06-01\"}");
        createWith("{\"name\":\"B\",\"lead_id\":\"" + lead() + "\",\"value\":500,\"expected_close_date\":\"2024-06-30\","
                + "\"stage\":\"PROPOSAL\"}");
        createWith("{\"name\":\"C\",\"lead_id\":\"" + lead() + "\",\"value\":900,\"expected_close_date\":\"2024-07-01\","
                + "\"stage\":\"PROPOSAL\"}");

        assertThat(names("?stage=PROPOSAL&sort=name&order=asc")).containsExactly("B", "C");
        assertThat(names("?minValue=100&maxValue=500&sort=value&order=asc")).containsExactly("A", "B");
        assertThat(names("?closeFrom=2024-06-01&closeTo=2024-06-30&sort=expected_close_date&order=desc"))
                .containsExactly("B", "A");
        assertThat(names("?stage=PROPOSAL&minValue=600")).containsExactly("C");
    }

    @Test
    void filtersByLeadContactAndOwner() {
        String otherLead = api.createLead("{\"name\":\"Globex\"}");
        String contact = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}").json().at("/data/id").asText();
        createWith("{\"name\":\"A\",\"lead_id\":\"" + lead() + "\"}");
        createWith("{\"name\":\"B\",\"lead_id\":\"" + otherLead + "\",\"contact_id\":\"" + contact + "\"}");
        createWith("{\"name\":\"C\",\"contact_id\":\"" + contact + "\",\"owner\":\"rep-9\"}");

        assertThat(names("?lead_id=" + otherLead)).containsExactly("B");
        assertThat(names("?contact_id=" + contact + "&sort=name&order=asc")).containsExactly("B", "C");
        assertThat(names("?owner=rep-9")).containsExactly("C");
    }

    @Test
    void sortsByStageInPipelineOrder() {
        createWith(body("Lost", "CLOSED_LOST"));
        createWith(body("New", "PROSPECTING"));
        createWith(body("Talks", "NEGOTIATION"));

        assertThat(names("?sort=stage&order=asc")).containsExactly("New", "Talks", "Lost");
    }

    @Test
    void badFiltersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?stage=WON&minValue=abc&closeFrom=2024-13-01&lead_id=x"),
                400, path());
        JsonNode ranges = assertError(api.get(path() + "?minValue=10&maxValue=5&closeFrom=2024-07-01&closeTo=2024-06-01"),
                400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" "))
                .containsExactlyInAnyOrder("stage", "minValue", "closeFrom", "lead_id");
        assertThat(ErrorFormat.fieldsInError(ranges).split(" ")).containsExactlyInAnyOrder("maxValue", "closeTo");
        assertThat(ranges.at("/errors/0/message").asText()).isEqualTo("maxValue must not be less than minValue");
    }

    @Test
    void exportsCsvAndJsonWithTheListFilters() {
        createWith("{\"name\":\"=cmd\",\"lead_id\":\"" + lead() + "\",\"value\":10.5,\"stage\":\"CLOSED_WON\"}");
        createWith(body("Open", "PROSPECTING"));

        Api.Answer csv = api.get(path() + "/export?stage=CLOSED_WON");
        JsonNode json = api.get(path() + "/export?format=json&sort=name&order=asc").json();

        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("opportunities-"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\"id\",\"name\",\"lead_id\",\"contact_id\",\"value\",\"currency\",\"stage\","
                + "\"probability\"");
        assertThat(lines.get(1)).contains(",\"'=cmd\",\"" + lead() + "\",\"\",\"10.50\",\"USD\",\"CLOSED_WON\",");
        assertThat(json).extracting(o -> o.path("name").asText()).containsExactly("=cmd", "Open");
    }

    private List<String> names(String query) {
        Api.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.json().path("data").forEach(opportunity -> names.add(opportunity.path("name").asText()));
        return names;
    }

    @Test
    void aDateBeyondTheYear9999IsRefused() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"O\",\"lead_id\":\"" + lead()
                + "\",\"expected_close_date\":\"+9999999-01-01\"}"), 400, path());

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("expected_close_date");
        assertError(api.get(path() + "?closeFrom=%2B9999999-01-01"), 400, path());
    }

    @Test
    void aSearchedListMayBeSortedByStage() {
        api.post(path(), body("Acme renewal", "PROPOSAL"));
        api.post(path(), body("Acme pilot", "PROSPECTING"));

        JsonNode page = api.get(path() + "?q=acme&sort=stage&order=asc").json();

        assertThat(page.path("data")).extracting(o -> o.path("name").asText()).containsExactly("Acme pilot", "Acme renewal");
    }
}
