package com.axolop.crm.adapter.rest.lead;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/leads/{id}/convert}: a lead becomes a contact, and an opportunity when asked for. */
class LeadConversionRoutesTest extends RoutesTest {
    private final String email = "jane-" + UUID.randomUUID() + "@acme.com";

    LeadConversionRoutesTest(DirectClient client) {
        super(client);
    }

    private String lead() {
        return api.create("/api/v1/leads", "{\"name\":\"Jane van Dyke\",\"email\":\"" + email + "\",\"phone\":\"+1 555 0100\","
                + "\"company\":\"Acme\",\"status\":\"QUALIFIED\",\"value\":1200,\"currency\":\"EUR\","
                + "\"tags\":[\"hot\"],\"custom_fields\":{\"tier\":\"gold\"}}");
    }

    private static String convert(String lead) {
        return "/api/v1/leads/" + lead + "/convert";
    }

    private TestApi.Answer convertWithoutBody(String lead, String... headers) {
        return api.send("POST", convert(lead), null, headers);
    }

    private static JsonNode converted(TestApi.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.data();
    }

    private long total(String path) {
        return api.get(path).json().at("/pagination/total").asLong();
    }

    private String statusOf(String lead) {
        return api.get("/api/v1/leads/" + lead).data().path("status").asText();
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
        assertThat(contact.path("company").asText()).isEqualTo("Acme");
        assertThat(contact.path("tags").toString()).isEqualTo("[\"hot\"]");
        assertThat(contact.path("lead_id").asText()).isEqualTo(lead);
        assertThat(contact.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(data.path("opportunity").isNull()).isTrue();
        assertThat(data.at("/lead/status").asText()).isEqualTo("CONVERTED");
        assertThat(data.at("/lead/version").asLong()).isEqualTo(2);
        TestApi.Answer reread = api.get("/api/v1/leads/" + lead);
        assertThat(reread.data().path("status").asText()).isEqualTo("CONVERTED");
        assertThat(reread.header("ETag")).contains("\"2\"");
        assertThat(api.get("/api/v1/contacts/" + contact.path("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void anEmptyOpportunityObjectAsksForAnOpportunityWithTheLeadsNameAndValue() {
        String lead = lead();

        JsonNode data = converted(api.post(convert(lead), "{\"opportunity\":{}}"));

        JsonNode opportunity = data.path("opportunity");
        assertThat(opportunity.path("name").asText()).isEqualTo("Jane van Dyke");
        assertThat(opportunity.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(opportunity.path("currency").asText()).isEqualTo("EUR");
        assertThat(opportunity.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(opportunity.path("lead_id").asText()).isEqualTo(lead);
        assertThat(opportunity.path("contact_id").asText()).isEqualTo(data.at("/contact/id").asText());
        assertThat(api.get("/api/v1/opportunities/" + opportunity.path("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void theBodysFieldsReplaceTheOnesBuiltFromTheLeadButNotItsReferences() {
        String lead = lead();
        String otherLead = api.create("/api/v1/leads", "{\"name\":\"Globex\"}");

        JsonNode data = converted(api.post(convert(lead), """
                {"contact": {"first_name": "Janet", "title": "CTO", "email": null, "lead_id": "%s"},
                 "opportunity": {"name": "Acme rollout", "value": 9000, "probability": 40,
                                 "lead_id": "%s", "contact_id": "%s"}}""".formatted(otherLead, otherLead,
                UUID.randomUUID())));

        JsonNode contact = data.path("contact");
        assertThat(contact.path("first_name").asText()).isEqualTo("Janet");
        assertThat(contact.path("last_name").asText()).isEqualTo("van Dyke");
        assertThat(contact.path("title").asText()).isEqualTo("CTO");
        assertThat(contact.path("email").isNull()).isTrue();
        assertThat(contact.path("lead_id").asText()).isEqualTo(lead);
        JsonNode opportunity = data.path("opportunity");
        assertThat(opportunity.path("name").asText()).isEqualTo("Acme rollout");
        assertThat(opportunity.path("probability").asInt()).isEqualTo(40);
        assertThat(opportunity.path("lead_id").asText()).isEqualTo(lead);
        assertThat(opportunity.path("contact_id").asText()).isEqualTo(contact.path("id").asText());
    }

    @Test
    void badOverridesOfBothAreOne400NamingTheNestedFieldsAndConvertNothing() {
        String lead = lead();

        JsonNode body = assertError(api.post(convert(lead), """
                {"contact": {"email": "nope", "first_name": null, "last_name": null},
                 "opportunity": {"probability": 200, "currency": "euro"}}"""), 400, convert(lead));

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("contact.first_name", "contact.email",
                "opportunity.currency", "opportunity.probability");
        assertThat(body.path("errors").findValuesAsText("message")).contains("contact.email must be a valid email address");
        assertThat(statusOf(lead)).isEqualTo("QUALIFIED");
        assertThat(total("/api/v1/contacts")).isZero();
    }

    @Test
    void aBodyThatIsNotOfTheRightShapeIs400() {
        String lead = lead();

        JsonNode body = assertError(api.post(convert(lead), "{\"contact\":\"Jane\",\"opportunity\":[]}"), 400,
                convert(lead));

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("contact", "opportunity");
    }

    @Test
    void convertingTwiceIs409() {
        String lead = lead();
        converted(convertWithoutBody(lead));

        assertError(convertWithoutBody(lead), 409, convert(lead));

        assertThat(total("/api/v1/contacts")).isEqualTo(1);
    }

    @Test
    void aDuplicateEmailIs409NamingTheContactAndConvertsNothing() {
        String existing = api.create("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"" + email.toUpperCase() + "\"}");
        String lead = lead();

        JsonNode body = assertError(api.post(convert(lead), "{\"opportunity\":{}}"), 409, convert(lead));

        assertThat(body.path("existingId").asText()).isEqualTo(existing);
        assertThat(statusOf(lead)).isEqualTo("QUALIFIED");
        assertThat(total("/api/v1/contacts")).isEqualTo(1);
        assertThat(total("/api/v1/opportunities")).isZero();
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneConverts() {
        String lead = lead();

        assertError(convertWithoutBody(lead, "If-Match", "\"2\""), 412, convert(lead));
        assertThat(statusOf(lead)).isEqualTo("QUALIFIED");
        assertThat(convertWithoutBody(lead, "If-Match", "\"1\"").status()).isEqualTo(201);
    }

    @Test
    void aViewerCannotConvert() {
        String lead = lead();

        assertError(withRole("viewer").post(convert(lead), "{}"), 403, convert(lead));

        assertThat(statusOf(lead)).isEqualTo("QUALIFIED");
    }

    @Test
    void anotherWorkspacesUnknownOrMalformedLeadIsNotFound() {
        String lead = lead();
        String unknown = UUID.randomUUID().toString();

        assertError(stranger().post(convert(lead), "{}"), 404, convert(lead));
        assertError(api.post(convert(unknown), "{}"), 404, convert(unknown));
        assertError(api.post(convert("nope"), "{}"), 404, convert("nope"));
        assertThat(statusOf(lead)).isEqualTo("QUALIFIED");
    }

    @Test
    void onlyPostIsAllowed() {
        String lead = lead();

        TestApi.Answer get = api.get(convert(lead));

        assertError(get, 405, convert(lead));
        assertThat(get.header("Allow")).contains("POST");
    }

    @Test
    void aConvertedLeadKeepsItsStatus() {
        String lead = lead();
        converted(convertWithoutBody(lead));

        JsonNode refused = assertError(api.put("/api/v1/leads/" + lead, "{\"name\":\"Jane van Dyke\",\"status\":\"NEW\"}"),
                400, "/api/v1/leads/" + lead);

        assertThat(fieldsInError(refused)).containsExactly("status");
        assertThat(api.put("/api/v1/leads/" + lead, "{\"name\":\"Jane\",\"status\":\"CONVERTED\"}").status())
                .isEqualTo(200);
    }
}
