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

    private static final String UUID_V7 = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

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

    /** The workspace's leads, oldest first: an anonymous answer names none. */
    private JsonNode leads() {
        return api.get("/api/v1/leads?sort=created_at&order=asc").json().path("data");
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
        assertThat(leads()).hasSize(1);
        JsonNode lead = leads().path(0);
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(lead.path("notes").asText()).isEqualTo("Call me");
        assertThat(lead.path("source").asText()).isEqualTo("form:" + form);
        assertThat(lead.path("created_by").asText()).isEqualTo("form:" + form);
    }

    @Test
    void anAnonymousSubmissionNeverOverwritesTheLeadWithItsEmail() {
        String form = api.post(path(), """
                {"name":"Contact","fields":[{"name":"name","label":"N","type":"text"},
                 {"name":"email","label":"E","type":"email"},{"name":"phone","label":"P","type":"phone"},
                 {"name":"budget","label":"B","type":"number"},{"name":"msg","label":"M","type":"textarea"}],
                 "mapping":{"name":"name","email":"email","phone":"phone","budget":"value","msg":"notes"}}""")
                .json().at("/data/id").asText();
        String lead = api.createLead("""
                {"name":"Big Deal Inc","email":"jane@acme.com","value":250000,"phone":"+1 555 0100",
                 "status":"QUALIFIED","notes":"Key account, call Monday","source":"referral"}""");

        Api.Answer submitted = anonymous.post(submitPath(form), """
                {"name":"Hacked","email":"JANE@acme.com","phone":"+1 555 6666","budget":0,
                 "msg":"call the other number"}""");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode after = api.get("/api/v1/leads/" + lead).json().path("data");
        assertThat(after.path("name").asText()).isEqualTo("Big Deal Inc");
        assertThat(after.path("value").decimalValue()).isEqualByComparingTo("250000");
        assertThat(after.path("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(after.path("status").asText()).isEqualTo("QUALIFIED");
        assertThat(after.path("notes").asText()).isEqualTo("Key account, call Monday");
        assertThat(after.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aSubmissionWithAKnownEmailFillsOnlyTheLeadsEmptyFields() {
        String form = create();
        String lead = api.createLead("{\"name\":\"Jane D.\",\"email\":\"jane@acme.com\"}");

        anonymous.post(submitPath(form), SUBMISSION);

        JsonNode after = api.get("/api/v1/leads/" + lead).json().path("data");
        assertThat(after.path("name").asText()).isEqualTo("Jane D.");
        assertThat(after.path("value").isNull()).isTrue();
        assertThat(after.path("notes").asText()).isEqualTo("Call me");
        assertThat(leads()).hasSize(1);
    }

    @Test
    void theAnswerIsTheSameWhetherTheEmailIsNewOrKnown() {
        String form = create();

        Api.Answer first = anonymous.post(submitPath(form), SUBMISSION);
        Api.Answer second = anonymous.post(submitPath(form), SUBMISSION.replace("Call me", "Still waiting"));

        for (Api.Answer answer : List.of(first, second)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(fieldNames(answer.json().path("data"))).containsExactly("status", "submission_id");
            assertThat(answer.json().at("/data/status").asText()).isEqualTo("received");
            assertThat(answer.json().at("/data/submission_id").asText()).matches(UUID_V7);
        }
    }

    @Test
    void everySubmissionIsStoredAndNamesTheLeadItFoundForMembers() {
        String form = create();
        String lead = api.createLead("{\"name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        anonymous.post(submitPath(form), SUBMISSION);
        anonymous.post(submitPath(form), SUBMISSION.replace("Call me", "Still waiting"));

        JsonNode submissions = api.get(path() + "/" + form + "/submissions").json();
        assertThat(submissions.at("/pagination/total").asLong()).isEqualTo(2);
        assertThat(submissions.at("/data/0/values/message").asText()).isEqualTo("Still waiting");
        assertThat(submissions.at("/data/0/lead_id").asText()).isEqualTo(lead);
        assertThat(submissions.at("/data/1/lead_id").asText()).isEqualTo(lead);
    }

    @Test
    void aSubmissionIsOnTheTimelineOfTheLeadItFound() throws InterruptedException {
        String form = create();
        String lead = api.createLead("{\"name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        anonymous.post(submitPath(form), SUBMISSION);

        String timeline = "/api/v1/analytics/activity?entityType=lead&entityId=" + lead;
        JsonNode entries = api.get(timeline).json().path("data");
        for (int i = 0; i < 300 && !types(entries).contains("form.submitted"); i++) {
            Thread.sleep(100);
            entries = api.get(timeline).json().path("data");
        }
        assertThat(types(entries)).contains("form.submitted", "lead.created");
    }

    @Test
    void aSubmissionOver64KbIs413() {
        String form = create();

        assertError(anonymous.post(submitPath(form), SUBMISSION.replace("Call me", "x".repeat(65 * 1024))), 413,
                submitPath(form));
        assertThat(leads()).isEmpty();
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
        assertThat(fieldNames(trapped.json().path("data"))).containsExactly("status", "submission_id");
        assertThat(trapped.json().at("/data/status").asText()).isEqualTo("received");
        assertThat(trapped.json().at("/data/submission_id").asText()).matches(UUID_V7);
        assertThat(api.get(path() + "/" + form + "/submissions").json().at("/pagination/total").asLong()).isZero();
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void aFilledHoneypotWithInvalidValuesIsRefusedLikeAnyInvalidSubmission() {
        String form = create();

        assertError(anonymous.post(submitPath(form), "{\"_hp\":\"x\",\"email\":\"not-an-email\"}"), 400,
                submitPath(form));
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
        JsonNode lead = leads().path(0);
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
        JsonNode lead = leads().path(0);
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertError(anonymous.send("POST", submitPath(form), java.net.http.HttpRequest.BodyPublishers.ofString(
                "full_name=Jane&email=jane%40acme.com"), "Content-Type", "application/x-www-form-urlencoded"),
                400, submitPath(form));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new java.util.ArrayList<>();
        entries.forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }
}
