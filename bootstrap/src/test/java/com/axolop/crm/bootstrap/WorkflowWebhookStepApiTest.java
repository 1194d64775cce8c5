package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workflow webhook step end to end: the step job calls a real local receiver through the webhook adapter,
 * which checks the signature with the Standard Webhooks reference library; the secret rests encrypted.
 */
class WorkflowWebhookStepApiTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final Api api = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private String workflow(String path) {
        Api.Answer created = api.post("/api/v1/workflows", "{\"name\":\"Notify\",\"trigger\":{\"type\":\"manual\"},"
                + "\"steps\":[{\"type\":\"webhook\",\"url\":\"" + receiver.url(path) + "\",\"secret\":\"" + SECRET
                + "\"},{\"type\":\"add_tag\",\"tag\":\"notified\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private JsonNode finished(String workflow, String execution) {
        String path = "/api/v1/workflows/" + workflow + "/executions/" + execution;
        within(Duration.ofSeconds(20), () -> List.of("completed", "failed")
                .contains(api.get(path).json().at("/data/status").asText()));
        return api.get(path).json().path("data");
    }

    @Test
    void postsTheLeadSignedWithTheStepsSecretRetryingAFailureUnderOneWebhookId() throws Exception {
        receiver.answer("/step", n -> n == 1 ? 500 : 204);
        String lead = api.createLead("{\"name\":\"Ada Lovelace\"}");
        String workflow = workflow("/step");
        String execution = api.post("/api/v1/workflows/" + workflow + "/execute", "{\"lead_id\":\"" + lead + "\"}")
                .json().at("/data/execution_id").asText();

        JsonNode done = finished(workflow, execution);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.at("/steps/0/output/status_code").asInt()).isEqualTo(204);
        List<WebhookReceiver.Request> requests = receiver.received("/step");
        assertThat(requests).hasSize(2).extracting(request -> request.header("webhook-id"))
                .containsOnly(requests.getFirst().header("webhook-id"));
        for (WebhookReceiver.Request request : requests) {
            new Webhook(SECRET).verify(request.body(), request.headers());
        }
        JsonNode body = Api.JSON.readTree(requests.getLast().body());
        assertThat(body.path("type").asText()).isEqualTo("workflow.webhook");
        assertThat(body.at("/data/execution_id").asText()).isEqualTo(execution);
        assertThat(body.at("/data/lead/id").asText()).isEqualTo(lead);
        assertThat(api.get("/api/v1/leads/" + lead).json().at("/data/tags").toString()).contains("notified");
    }

    @Test
    void theStepsSecretIsNeverShownAndRestsEncrypted() throws Exception {
        String workflow = workflow("/stored");

        Api.Answer read = api.get("/api/v1/workflows/" + workflow);

        assertThat(read.json().at("/data/steps/0/signed").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain(SECRET);
        String row = WebhooksApiTest.sql("select t::text from workflows t where id = ?::uuid", workflow);
        assertThat(row).doesNotContain(SECRET).doesNotContain(SECRET.substring("whsec_".length()));
        assertThat(WebhooksApiTest.sql("select webhook_secrets from workflows where id = ?::uuid", workflow))
                .startsWith("v1:");
    }
}
