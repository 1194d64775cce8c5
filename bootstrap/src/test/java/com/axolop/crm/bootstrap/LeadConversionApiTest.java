package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/leads/{id}/convert end to end, against the embedded PostgreSQL and Kafka: what needs them (the records
 * written and read back, one transaction, the events, workspace isolation). Bodies, validation, If-Match, roles and
 * methods are LeadConversionRoutesTest's, over fakes.
 */
class LeadConversionApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    private final String email = "jane-" + UUID.randomUUID() + "@acme.com";

    private String lead() {
        return api.createLead("{\"name\":\"Jane van Dyke\",\"email\":\"" + email + "\",\"phone\":\"+1 555 0100\","
                + "\"company\":\"Acme\",\"status\":\"QUALIFIED\",\"value\":1200,\"currency\":\"EUR\","
                + "\"tags\":[\"hot\"],\"custom_fields\":{\"tier\":\"gold\"}}");
    }

    private static String convert(String lead) {
        return "/api/v1/leads/" + lead + "/convert";
    }

    private Api.Answer convertWithoutBody(String lead, String... headers) {
        return api.send("POST", convert(lead), HttpRequest.BodyPublishers.noBody(), headers);
    }

    private JsonNode converted(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("data");
    }

    @Test
    void withoutABodyTheLeadBecomesAContactBuiltFromItAndIsMarkedConverted() {
        String lead = lead();
        api.get("/api/v1/leads/" + lead); // cached now: the conversion must invalidate it

        JsonNode data = converted(convertWithoutBody(lead));

        JsonNode contact = data.path("contact");
        assertThat(contact.path("first_name").asText()).isEqualTo("Jane");
        assertThat(contact.path("last_name").asText()).isEqualTo("van Dyke");
        assertThat(contact.path("email").asText()).isEqualTo(email);
        assertThat(contact.path("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(contact.path("company").asText()).isEqualTo("Acme");
        assertThat(contact.path("tags").toString()).isEqualTo("[\"hot\"]");
        assertThat(contact.path("custom_fields").toString()).isEqualTo("{\"tier\":\"gold\"}");
        assertThat(contact.path("lead_id").asText()).isEqualTo(lead);
        assertThat(contact.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(data.path("opportunity").isNull()).isTrue();
        assertThat(data.at("/lead/status").asText()).isEqualTo("CONVERTED");
        assertThat(data.at("/lead/version").asLong()).isEqualTo(2);
        Api.Answer reread = api.get("/api/v1/leads/" + lead);
        assertThat(reread.json().at("/data/status").asText()).isEqualTo("CONVERTED");
        assertThat(reread.header("ETag")).contains("\"2\"");
        assertThat(api.get("/api/v1/contacts/" + contact.path("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void convertingTwiceIs409() {
        String lead = lead();
        converted(convertWithoutBody(lead));

        assertError(convertWithoutBody(lead), 409, convert(lead));

        assertThat(api.get("/api/v1/contacts").json().at("/pagination/total").asLong()).isEqualTo(1);
    }

    @Test
    void aDuplicateEmailIs409NamingTheContactAndRollsTheWholeConversionBack() {
        String existing = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"" + email.toUpperCase() + "\"}")
                .json().at("/data/id").asText();
        String lead = lead();
        try (var tap = new EventTap(workspace, "crm.lead", "crm.contact", "crm.opportunity")) {
            JsonNode body = assertError(api.post(convert(lead), "{\"opportunity\":{}}"), 409, convert(lead));
            api.delete("/api/v1/contacts/" + existing); // a later event on every topic it could have written to

            assertThat(body.path("existingId").asText()).isEqualTo(existing);
            assertThat(body.path("message").asText()).contains(existing);
            JsonNode read = api.get("/api/v1/leads/" + lead).json().path("data");
            assertThat(read.path("status").asText()).isEqualTo("QUALIFIED");
            assertThat(read.path("version").asLong()).isEqualTo(1);
            assertThat(api.get("/api/v1/contacts").json().at("/pagination/total").asLong()).isZero();
            assertThat(api.get("/api/v1/opportunities").json().at("/pagination/total").asLong()).isZero();
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(
                    seen -> seen.stream().anyMatch(e -> "contact.deleted".equals(EventTap.header(e, "ce_type"))));
            assertThat(events).extracting(e -> EventTap.header(e, "ce_type"))
                    .containsExactlyInAnyOrder("contact.created", "lead.created", "contact.deleted");
        }
    }

    @Test
    void anotherWorkspacesOrAnUnknownLeadIsNotFound() {
        String lead = lead();
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String unknown = UUID.randomUUID().toString();

        assertError(stranger.post(convert(lead), "{}"), 404, convert(lead));
        assertError(api.post(convert(unknown), "{}"), 404, convert(unknown));
        assertError(api.post(convert("nope"), "{}"), 404, convert("nope"));
        assertThat(api.get("/api/v1/leads/" + lead).json().at("/data/status").asText()).isEqualTo("QUALIFIED");
    }

    @Test
    void publishesTheLeadsUpdateStatusChangeAndConversionWithTheNewContactAndOpportunity() {
        String lead = lead();
        try (var tap = new EventTap(workspace, "crm.lead", "crm.contact", "crm.opportunity")) {
            JsonNode data = converted(api.post(convert(lead), "{\"opportunity\":{\"name\":\"Rollout\"}}"));

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 6);

            assertThat(events).extracting(e -> EventTap.header(e, "ce_type")).containsExactlyInAnyOrder(
                    "lead.created", "contact.created", "opportunity.created", "lead.updated", "lead.status_changed",
                    "lead.converted");
            assertThat(events).allSatisfy(event -> assertThat(
                    EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty());
            List<String> leadEvents = events.stream().filter(e -> e.topic().equals("crm.lead"))
                    .map(e -> EventTap.header(e, "ce_type")).toList();
            assertThat(leadEvents).containsExactly("lead.created", "lead.updated", "lead.status_changed", "lead.converted");
            ConsumerRecord<String, String> conversion = events.stream()
                    .filter(e -> "lead.converted".equals(EventTap.header(e, "ce_type"))).findFirst().orElseThrow();
            assertThat(conversion.key()).isEqualTo(lead);
            assertThat(conversion.value()).contains("\"contact_id\":\"" + data.at("/contact/id").asText() + "\"")
                    .contains("\"opportunity_id\":\"" + data.at("/opportunity/id").asText() + "\"")
                    .contains("\"status\":\"CONVERTED\"");
        }
    }

    @Test
    void aConversionWithoutAnOpportunityPublishesANullOpportunityId() {
        String lead = lead();
        try (var tap = new EventTap(workspace, "crm.lead")) {
            converted(convertWithoutBody(lead));

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 4);

            ConsumerRecord<String, String> conversion = events.getLast();
            assertThat(EventTap.header(conversion, "ce_type")).isEqualTo("lead.converted");
            assertThat(conversion.value()).contains("\"opportunity_id\":null");
            assertThat(EventSchemas.violations("lead.converted", conversion.value())).isEmpty();
        }
    }

    @Test
    void onlyAConversionMakesALeadConverted() {
        String lead = lead();

        ErrorFormat.assertError(api.post("/api/v1/leads", "{\"name\":\"X\",\"status\":\"CONVERTED\"}"), 400,
                "/api/v1/leads");
        ErrorFormat.assertError(api.put("/api/v1/leads/" + lead, "{\"name\":\"X\",\"status\":\"CONVERTED\"}"), 400,
                "/api/v1/leads/" + lead);
        assertThat(api.post("/api/v1/leads/batch", "{\"items\":[{\"name\":\"X\",\"status\":\"CONVERTED\"}]}")
                .json().at("/data/results/0/errors/0/field").asText()).isEqualTo("status");
    }
}
