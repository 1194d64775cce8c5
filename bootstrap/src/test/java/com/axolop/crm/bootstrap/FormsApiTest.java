package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Forms: definitions for members, public submissions that become leads. */
class FormsApiTest extends RecordApiContract {
    private static final String FIELDS = """
            [{"name":"full_name","label":"Your name","type":"text","required":true},
             {"name":"email","label":"Email","type":"email","required":true},
             {"name":"size","label":"Team size","type":"select","options":["1-10","11-50"]},
             {"name":"budget","label":"Budget","type":"number"},
             {"name":"consent","label":"You may contact me","type":"checkbox","required":true},
             {"name":"message","label":"Message","type":"textarea"}]""";
    private static final String MAPPING = """
            {"full_name":"name","email":"email","budget":"value","message":"notes"}""";
    private static final String SUBMISSION = """
            {"full_name":"Jane Doe","email":"jane@acme.com","size":"11-50","budget":1200,"consent":true,
             "message":"Call me"}""";

    private final Api anonymous = Api.anonymous();

    @Override
    String path() {
        return "/api/v1/forms";
    }

    @Override
    String validBody() {
        return "{\"name\":\"Contact us\",\"fields\":" + FIELDS + ",\"mapping\":" + MAPPING + "}";
    }

    @Override
    String changedBody() {
        return "{\"name\":\"Talk to sales\",\"fields\":" + FIELDS + ",\"mapping\":" + MAPPING + "}";
    }

    private String submitPath(String form) {
        return path() + "/" + form + "/submit";
    }

    @Test
    void publishesTheDefinitionWithDefaults() {
        JsonNode form = api.post(path(), validBody()).json().path("data");

        assertThat(form.path("active").asBoolean()).isTrue();
        assertThat(form.path("honeypot_field").asText()).isEqualTo("_hp");
        assertThat(form.at("/fields/2/options").toString()).isEqualTo("[\"1-10\",\"11-50\"]");
        assertThat(form.path("mapping").toString()).isEqualTo(MAPPING.strip());
    }

    @Test
    void reportsEveryFlawOfADefinitionAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"name":"","fields":[{"name":"a","label":"A","type":"color"},{"name":"s","label":"S","type":"select"},
                 {"name":"e","label":"E","type":"email"}],"mapping":{"e":"value"},"active":"yes"}"""), 400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" "))
                .containsExactlyInAnyOrder("active", "name", "fields[0].type", "fields[1]", "mapping");
    }

    @Test
    void aSubmissionNeedsNoTokenAndCreatesALeadFromTheMapping() {
        String form = create();

        Api.Answer submitted = anonymous.post(submitPath(form), SUBMISSION);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String leadId = submitted.json().at("/data/lead_id").asText();
        JsonNode lead = api.get("/api/v1/leads/" + leadId).json().path("data");
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(lead.path("notes").asText()).isEqualTo("Call me");
        assertThat(lead.path("source").asText()).isEqualTo("form:" + form);
        assertThat(lead.path("created_by").asText()).isEqualTo("form:" + form);
    }

    @Test
    void aSecondSubmissionWithTheSameEmailUpdatesThatLead() {
        String form = create();
        String first = anonymous.post(submitPath(form), SUBMISSION).json().at("/data/lead_id").asText();

        String second = anonymous.post(submitPath(form), SUBMISSION.replace("jane@acme.com", "JANE@acme.com")
                .replace("Call me", "Still waiting")).json().at("/data/lead_id").asText();

        assertThat(second).isEqualTo(first);
        JsonNode lead = api.get("/api/v1/leads/" + first).json().path("data");
        assertThat(lead.path("notes").asText()).isEqualTo("Still waiting");
        assertThat(lead.path("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isEqualTo(1);
    }

    @Test
    void storesSubmissionsForMembersNewestFirst() {
        String form = create();
        anonymous.post(submitPath(form), SUBMISSION);
        anonymous.post(submitPath(form), SUBMISSION.replace("Jane Doe", "Janet Doe"));

        JsonNode page = api.get(path() + "/" + form + "/submissions?limit=1").json();

        assertThat(page.at("/data/0/values/full_name").asText()).isEqualTo("Janet Doe");
        assertThat(page.at("/data/0/values/budget").decimalValue()).isEqualByComparingTo("1200");
        assertThat(page.path("pagination").toString()).isEqualTo("{\"page\":1,\"limit\":1,\"total\":2,\"totalPages\":2}");
        assertError(Api.as(TestTokens.member("ws-" + UUID.randomUUID())).get(path() + "/" + form + "/submissions"),
                404, path() + "/" + form + "/submissions");
        assertError(anonymous.get(path() + "/" + form + "/submissions"), 401, path() + "/" + form + "/submissions");
    }

    @Test
    void aSubmissionIsCheckedAgainstTheFormsOwnFields() {
        String form = create();

        JsonNode body = assertError(anonymous.post(submitPath(form), """
                {"email":"not-an-email","size":"500+","budget":"lots","consent":false,"nickname":"JD"}"""),
                400, submitPath(form));

        assertThat(ErrorFormat.fieldsInError(body).split(" "))
                .containsExactlyInAnyOrder("full_name", "email", "size", "budget", "consent", "nickname");
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeASubmissionButKeepsNothing() {
        String form = create();

        Api.Answer trapped = anonymous.post(submitPath(form), SUBMISSION.replace("{", "{\"_hp\":\"http://spam\","));

        assertThat(trapped.status()).isEqualTo(201);
        assertThat(trapped.json().at("/data/status").asText()).isEqualTo("received");
        assertThat(trapped.json().at("/data/lead_id").isMissingNode()).isTrue();
        assertThat(api.get(path() + "/" + form + "/submissions").json().at("/pagination/total").asLong()).isZero();
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void anInactiveOrUnknownFormIsNotFound() {
        String form = api.post(path(), validBody().replace("{\"name\"", "{\"active\":false,\"name\"")).json()
                .at("/data/id").asText();

        assertError(anonymous.post(submitPath(form), SUBMISSION), 404, submitPath(form));
        String unknown = UUID.randomUUID().toString();
        assertError(anonymous.post(submitPath(unknown), SUBMISSION), 404, submitPath(unknown));
        assertError(anonymous.post(submitPath("nope"), SUBMISSION), 404, submitPath("nope"));
    }

    @Test
    void onlySubmitIsPublic() {
        String form = create();

        assertError(anonymous.get(path() + "/" + form), 401, path() + "/" + form);
        assertError(anonymous.post(path(), validBody()), 401, path());
    }

    @Test
    void aSubmissionPublishesFormSubmittedAndTheLeadEventMatchingTheirSchemas() {
        String form = create();
        try (var tap = new EventTap(workspace, "crm.form", "crm.lead")) {
            anonymous.post(submitPath(form), SUBMISSION);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.stream()
                    .anyMatch(record -> "form.submitted".equals(EventTap.header(record, "ce_type")))
                    && seen.stream().anyMatch(record -> "lead.created".equals(EventTap.header(record, "ce_type"))));

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .contains("form.created", "form.submitted", "lead.created");
            assertThat(events).allSatisfy(event -> assertThat(
                    EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty());
        }
    }

    @Test
    void aNumberFieldCannotFillATextFieldOfTheLead() {
        JsonNode body = assertError(api.post(path(), """
                {"name":"F","fields":[{"name":"n","label":"N","type":"number"}],"mapping":{"n":"name"}}"""), 400, path());

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("mapping");
    }

    @Test
    void aNumberBeyondFifteenDigitsIsRefused() {
        String form = api.post(path(), """
                {"name":"F","fields":[{"name":"n","label":"N","type":"number"}]}""").json().at("/data/id").asText();

        JsonNode body = assertError(anonymous.post(submitPath(form), "{\"n\":\"1e999999\"}"), 400, submitPath(form));

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("n");
    }

    @Test
    void anArrayOrObjectIsNoTextValue() {
        String form = create();

        JsonNode body = assertError(anonymous.post(submitPath(form), SUBMISSION.replace("\"Jane Doe\"", "[\"x\",{\"y\":1}]")
                .replace("\"Call me\"", "{\"a\":1}")), 400, submitPath(form));

        assertThat(ErrorFormat.fieldsInError(body).split(" ")).containsExactlyInAnyOrder("full_name", "message");
    }

    @Test
    void aNewLeadNamedByAVeryLongEmailGetsTheFirst200Characters() {
        String form = api.post(path(), """
                {"name":"Newsletter","fields":[{"name":"e","label":"E","type":"email","required":true}],
                 "mapping":{"e":"email"}}""").json().at("/data/id").asText();
        String email = "a".repeat(220) + "@example.com";

        Api.Answer submitted = anonymous.post(submitPath(form), "{\"e\":\"" + email + "\"}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode lead = api.get("/api/v1/leads/" + submitted.json().at("/data/lead_id").asText()).json().path("data");
        assertThat(lead.path("name").asText()).isEqualTo(email.substring(0, 200));
        assertThat(lead.path("email").asText()).isEqualTo(email);
    }

    @Test
    void aPlainHtmlFormPostIsAcceptedToo() {
        String form = create();

        Api.Answer submitted = anonymous.send("POST", submitPath(form), java.net.http.HttpRequest.BodyPublishers.ofString(
                "full_name=Jane+Doe&email=jane%40acme.com&size=11-50&budget=1200&consent=on&message=Call+me"),
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode lead = api.get("/api/v1/leads/" + submitted.json().at("/data/lead_id").asText()).json().path("data");
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertError(anonymous.send("POST", submitPath(form), java.net.http.HttpRequest.BodyPublishers.ofString(
                "full_name=Jane&email=jane%40acme.com"), "Content-Type", "application/x-www-form-urlencoded"),
                400, submitPath(form));
    }
}
