package com.axolop.crm.adapter.rest.form;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The public {@code POST /api/v1/forms/{id}/submit}, and members' {@code GET /api/v1/forms/{id}/submissions}. */
class FormSubmissionRoutesTest extends RoutesTest {
    private static final String FORMS = "/api/v1/forms";
    private static final String SUBMISSION = """
            {"full_name":"Jane Doe","email":"jane@acme.com","size":"11-50","budget":1200,"consent":true,
             "message":"Call me"}""";

    FormSubmissionRoutesTest(DirectClient client) {
        super(client);
    }

    private String form() {
        return api.create(FORMS, "{\"name\":\"Contact us\",\"fields\":" + FormRoutesTest.FIELDS + ",\"mapping\":"
                + FormRoutesTest.MAPPING + "}");
    }

    private static String submit(String form) {
        return FORMS + "/" + form + "/submit";
    }

    private static String submissions(String form) {
        return FORMS + "/" + form + "/submissions";
    }

    /** The lead the form's newest submission found or created: the public answer names none, members see it. */
    private JsonNode lead(String form, TestApi.Answer submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return api.get("/api/v1/leads/" + leadOfNewestSubmission(form)).data();
    }

    private String leadOfNewestSubmission(String form) {
        return api.get(submissions(form) + "?limit=1").json().at("/data/0/lead_id").asText();
    }

    private long leads() {
        return api.get("/api/v1/leads").json().at("/pagination/total").asLong();
    }

    @Test
    void aSubmissionNeedsNoTokenAndCreatesALeadFromTheMapping() {
        String form = form();

        TestApi.Answer submitted = anonymous.post(submit(form), SUBMISSION);

        assertThat(submitted.data().path("status").asText()).isEqualTo("received");
        assertThat(submitted.data().path("submission_id").asText()).isNotEmpty();
        assertThat(submitted.data().has("lead_id")).as("an anonymous answer names no lead").isFalse();
        JsonNode lead = lead(form, submitted);
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(lead.path("notes").asText()).isEqualTo("Call me");
        assertThat(lead.path("source").asText()).isEqualTo("form:" + form);
        assertThat(lead.path("created_by").asText()).isEqualTo("form:" + form);
    }

    @Test
    void aSecondSubmissionWithTheSameEmailFindsThatLeadButNeverOverwritesIt() {
        String form = form();
        anonymous.post(submit(form), SUBMISSION);
        String first = leadOfNewestSubmission(form);

        TestApi.Answer again = anonymous.post(submit(form), SUBMISSION.replace("jane@acme.com", "JANE@acme.com")
                .replace("Call me", "Still waiting"));
        String second = leadOfNewestSubmission(form);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(second).isEqualTo(first);
        JsonNode lead = api.get("/api/v1/leads/" + first).data();
        assertThat(lead.path("notes").asText()).isEqualTo("Call me");
        assertThat(lead.path("version").asLong()).isEqualTo(1);
        assertThat(leads()).isEqualTo(1);
    }

    @Test
    void aSubmissionIsCheckedAgainstTheFormsOwnFieldsAllAtOnce() {
        String form = form();

        JsonNode body = assertError(anonymous.post(submit(form), """
                {"email":"not-an-email","size":"500+","budget":"lots","consent":false,"nickname":"JD"}"""),
                400, submit(form));

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("full_name", "email", "size", "budget", "consent",
                "nickname");
        assertThat(leads()).isZero();
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeASubmissionButKeepsNothing() {
        String form = form();

        TestApi.Answer trapped = anonymous.post(submit(form), SUBMISSION.replace("{", "{\"_hp\":\"http://spam\","));

        assertThat(trapped.status()).isEqualTo(201);
        assertThat(trapped.data().path("status").asText()).isEqualTo("received");
        assertThat(trapped.data().has("lead_id")).isFalse();
        assertThat(trapped.data().path("submission_id").asText()).as("answered like a submission").isNotEmpty();
        assertThat(api.get(submissions(form)).json().at("/pagination/total").asLong()).isZero();
        assertThat(leads()).isZero();
    }

    @Test
    void aPlainHtmlFormPostIsAcceptedToo() {
        String form = form();

        TestApi.Answer submitted = anonymous.send("POST", submit(form), bytes(
                "full_name=Jane+Doe&email=jane%40acme.com&size=11-50&budget=1200&consent=on&message=Call+me"),
                "Content-Type", "application/x-www-form-urlencoded");

        JsonNode lead = lead(form, submitted);
        assertThat(lead.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(lead.path("email").asText()).isEqualTo("jane@acme.com");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200");
    }

    @Test
    void anIncompleteHtmlFormPostIs400() {
        String form = form();

        JsonNode body = assertError(anonymous.send("POST", submit(form), bytes("full_name=Jane&email=jane%40acme.com"),
                "Content-Type", "application/x-www-form-urlencoded"), 400, submit(form));

        assertThat(fieldsInError(body)).containsExactly("consent");
    }

    @Test
    void aFieldSentTwiceInAnHtmlFormPostIs400() {
        String form = form();

        JsonNode body = assertError(anonymous.send("POST", submit(form), bytes("full_name=A&full_name=B"),
                "Content-Type", "application/x-www-form-urlencoded"), 400, submit(form));

        assertThat(fieldsInError(body)).containsExactly("full_name");
    }

    @Test
    void aBodyOfAnotherTypeIs415() {
        String form = form();

        assertError(anonymous.send("POST", submit(form), bytes("Jane"), "Content-Type", "text/plain"), 415, submit(form));
    }

    @Test
    void anInactiveUnknownOrMalformedFormIsNotFound() {
        String inactive = api.create(FORMS, "{\"active\":false,\"name\":\"Old\",\"fields\":" + FormRoutesTest.FIELDS + "}");
        String unknown = UUID.randomUUID().toString();

        assertError(anonymous.post(submit(inactive), SUBMISSION), 404, submit(inactive));
        assertError(anonymous.post(submit(unknown), SUBMISSION), 404, submit(unknown));
        assertError(anonymous.post(submit("nope"), SUBMISSION), 404, submit("nope"));
    }

    @Test
    void onlyPostIsAllowedOnSubmit() {
        String form = form();

        TestApi.Answer get = api.get(submit(form));

        assertError(get, 405, submit(form));
        assertThat(get.header("Allow")).contains("POST");
    }

    @Test
    void onlySubmitIsPublic() {
        String form = form();

        assertError(anonymous.get(FORMS + "/" + form), 401, FORMS + "/" + form);
        assertError(anonymous.post(FORMS, "{}"), 401, FORMS);
        assertError(anonymous.get(submissions(form)), 401, submissions(form));
        assertError(anonymous.post(FORMS + "/" + form + "/submit/more", SUBMISSION), 401,
                FORMS + "/" + form + "/submit/more");
    }

    @Test
    void membersListSubmissionsNewestFirst() {
        String form = form();
        anonymous.post(submit(form), SUBMISSION);
        anonymous.post(submit(form), SUBMISSION.replace("Jane Doe", "Janet Doe"));

        JsonNode page = api.get(submissions(form) + "?limit=1").json();

        assertThat(page.at("/data/0/values/full_name").asText()).isEqualTo("Janet Doe");
        assertThat(page.at("/data/0/values/budget").decimalValue()).isEqualByComparingTo("1200");
        assertThat(page.path("pagination").toString()).isEqualTo("{\"page\":1,\"limit\":1,\"total\":2,\"totalPages\":2}");
    }

    @Test
    void anotherWorkspacesSubmissionsAreNotFound() {
        String form = form();
        anonymous.post(submit(form), SUBMISSION);

        assertError(stranger().get(submissions(form)), 404, submissions(form));
    }

    @Test
    void badPagingOfSubmissionsIsOne400() {
        String form = form();

        JsonNode body = assertError(api.get(submissions(form) + "?page=0&limit=101"), 400, submissions(form));

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("page", "limit");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
