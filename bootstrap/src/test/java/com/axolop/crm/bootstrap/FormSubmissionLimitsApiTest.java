package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public form submit's own limits, per form and per workspace, whatever address the submissions come from. */
class FormSubmissionLimitsApiTest {
    private static final String FORM = """
            {"name":"Newsletter","fields":[{"name":"email","label":"Email","type":"email","required":true}],
             "mapping":{"email":"email"}}""";
    private static Application instance;

    private final Api member = Api.as(TestTokens.member("ws-" + UUID.randomUUID())).on(TestServer.url(instance));
    private final Api anonymous = Api.anonymous().on(TestServer.url(instance));

    @BeforeAll
    static void startWithLowFormLimits() {
        instance = TestServer.start(Map.of("FORM_SUBMIT_PER_FORM_MAX", "2", "FORM_SUBMIT_PER_WORKSPACE_MAX", "3"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void pastTheFormsLimitItsSubmissionsAre429WhileAnotherFormStillTakesThem() {
        String form = form();
        String other = form();
        submit(form);
        submit(form);

        JsonNode body = assertError(anonymous.post(submitPath(form), email()), 429, submitPath(form));

        assertThat(body.path("retryAfter").asLong()).isBetween(1L, 60L);
        assertThat(anonymous.post(submitPath(other), email()).status()).isEqualTo(201);
    }

    @Test
    void pastTheWorkspacesLimitEveryFormOfItIs429() {
        String first = form();
        String second = form();
        submit(first);
        submit(first);
        submit(second);

        Api.Answer limited = anonymous.post(submitPath(second), email());

        assertError(limited, 429, submitPath(second));
        assertThat(limited.header("Retry-After")).isPresent();
        assertThat(member.get("/api/v1/leads").json().at("/pagination/total").asLong()).isEqualTo(3);
    }

    private String form() {
        return member.post("/api/v1/forms", FORM).json().at("/data/id").asText();
    }

    private void submit(String form) {
        Api.Answer answer = anonymous.post(submitPath(form), email());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private static String email() {
        return "{\"email\":\"" + UUID.randomUUID() + "@example.com\"}";
    }

    private static String submitPath(String form) {
        return "/api/v1/forms/" + form + "/submit";
    }
}
