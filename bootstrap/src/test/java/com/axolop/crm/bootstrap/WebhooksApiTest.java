package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static com.axolop.crm.bootstrap.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: events from Kafka fan out to subscriptions, deliveries run on the webhook queue and reach a
 * real local receiver, which checks each signature with the Standard Webhooks reference library.
 */
class WebhooksApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api admin = Api.as(TestTokens.withRole(workspace, "admin"));
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private JsonNode subscribe(String path, String events) {
        Api.Answer created = admin.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url(path) + "\",\"events\":"
                + events + ",\"description\":\"CRM sync\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("data");
    }

    private static void verify(String secret, WebhookReceiver.Request request) throws WebhookVerificationException {
        new Webhook(secret).verify(request.body(), request.headers());
    }

    private List<WebhookReceiver.Request> awaitRequests(String path, int count) {
        within(Duration.ofSeconds(20), () -> receiver.received(path).size() >= count);
        return receiver.received(path);
    }

    private JsonNode deliveries(String subscription) {
        return admin.get("/api/v1/webhooks/" + subscription + "/deliveries").json().path("data");
    }

    @Test
    void deliversMatchingEventsSignedWithTheSubscriptionSecret() throws Exception {
        JsonNode subscription = subscribe("/leads", "[\"lead.*\"]");
        String lead = admin.createLead("{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}");

        WebhookReceiver.Request request = awaitRequests("/leads", 1).getFirst();

        verify(subscription.path("secret").asText(), request);
        JsonNode body = Api.JSON.readTree(request.body());
        assertThat(body.path("type").asText()).isEqualTo("lead.created");
        assertThat(body.path("data").path("lead").path("id").asText()).isEqualTo(lead);
        assertThat(Instant.parse(body.path("timestamp").asText())).isBefore(Instant.now());
        assertThat(request.header("user-agent")).startsWith("axolop-crm-webhooks/");
        JsonNode delivery = deliveries(subscription.path("id").asText()).get(0);
        assertThat(delivery.path("event_id").asText()).isEqualTo(request.header("webhook-id"));
        within(Duration.ofSeconds(5), () -> deliveries(subscription.path("id").asText()).get(0).path("state").asText()
                .equals("delivered"));
    }

    @Test
    void retriesAFailingReceiverWithBackoffVisibleInTheDeliveryLogUnderOneWebhookId() {
        receiver.answer("/flaky", n -> n <= 2 ? 500 : 200);
        JsonNode subscription = subscribe("/flaky", "[\"lead.created\"]");
        admin.createLead("{\"name\":\"Grace Hopper\"}");

        List<WebhookReceiver.Request> requests = awaitRequests("/flaky", 3);

        assertThat(requests).extracting(request -> request.header("webhook-id")).containsOnly(
                requests.getFirst().header("webhook-id"));
        String id = subscription.path("id").asText();
        within(Duration.ofSeconds(5), () -> deliveries(id).get(0).path("state").asText().equals("delivered"));
        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("last_status_code").asInt()).isEqualTo(200);
        JsonNode log = delivery.path("attempt_log");
        assertThat(log.findValues("status_code")).extracting(JsonNode::asInt).containsExactly(500, 500, 200);
        Duration firstWait = Duration.between(Instant.parse(log.get(0).path("at").asText()),
                Instant.parse(log.get(1).path("at").asText()));
        Duration secondWait = Duration.between(Instant.parse(log.get(1).path("at").asText()),
                Instant.parse(log.get(2).path("at").asText()));
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(270)); // 300 ms, jittered by 10%
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(540)); // 600 ms, jittered by 10%
    }

    @Test
    void aDeliveryThatNeverSucceedsFailsAfterItsLastAttempt() {
        receiver.answer("/down", n -> 503);
        JsonNode subscription = subscribe("/down", "[\"lead.created\"]");
        admin.createLead("{\"name\":\"Alan Turing\"}");

        awaitRequests("/down", 4);

        String id = subscription.path("id").asText();
        within(Duration.ofSeconds(5), () -> deliveries(id).get(0).path("state").asText().equals("failed"));
        assertThat(deliveries(id).get(0).path("attempts").asInt()).isEqualTo(4);
        assertThat(deliveries(id).get(0).path("next_attempt_at").isNull()).isTrue();
    }

    @Test
    void aGoneReceiverDisablesItsSubscription() {
        receiver.answer("/gone", n -> 410);
        JsonNode subscription = subscribe("/gone", "[\"lead.*\"]");
        String id = subscription.path("id").asText();
        admin.createLead("{\"name\":\"Edsger Dijkstra\"}");

        awaitRequests("/gone", 1);

        within(Duration.ofSeconds(5), () -> !admin.get("/api/v1/webhooks/" + id).json().at("/data/active").asBoolean());
        assertThat(deliveries(id).get(0).path("state").asText()).isEqualTo("failed");
        assertThat(deliveries(id).get(0).path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void afterARotationBothSecretsSign() throws Exception {
        JsonNode subscription = subscribe("/rotated", "[\"lead.created\"]");
        String id = subscription.path("id").asText();
        Api.Answer rotated = admin.post("/api/v1/webhooks/" + id + "/rotate-secret", "{}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newSecret = rotated.json().at("/data/secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.path("secret").asText());
        assertThat(rotated.json().at("/data/previous_secret_expires_at").asText()).isNotEmpty();

        admin.createLead("{\"name\":\"Barbara Liskov\"}");
        WebhookReceiver.Request request = awaitRequests("/rotated", 1).getFirst();

        verify(newSecret, request);
        verify(subscription.path("secret").asText(), request);
        assertThatThrownBy(() -> verify("whsec_" + "A".repeat(32), request))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void theTestEndpointSendsAWebhookTestEventNow() throws Exception {
        JsonNode subscription = subscribe("/test", "[\"opportunity.won\"]");

        Api.Answer tested = admin.post("/api/v1/webhooks/" + subscription.path("id").asText() + "/test", "{}");

        assertThat(tested.status()).as(tested.body()).isEqualTo(200);
        assertThat(tested.json().at("/data/state").asText()).isEqualTo("delivered");
        assertThat(tested.json().at("/data/last_status_code").asInt()).isEqualTo(200);
        WebhookReceiver.Request request = receiver.received("/test").getFirst();
        assertThat(Api.JSON.readTree(request.body()).path("type").asText()).isEqualTo("webhook.test");
        verify(subscription.path("secret").asText(), request);
    }

    @Test
    void retryReplaysAFinishedDeliveryWithTheSameWebhookId() {
        JsonNode subscription = subscribe("/replay", "[\"webhook.test\"]");
        String id = subscription.path("id").asText();
        String delivery = admin.post("/api/v1/webhooks/" + id + "/test", "{}").json().at("/data/id").asText();

        Api.Answer retried = admin.post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/retry", "{}");

        assertThat(retried.status()).as(retried.body()).isEqualTo(202);
        List<WebhookReceiver.Request> requests = awaitRequests("/replay", 2);
        assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"));
        String unknown = "/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/retry";
        assertError(admin.post(unknown, "{}"), 404, unknown);
    }

    @Test
    void theDatabaseNeverHoldsAPlaintextSecret() throws SQLException {
        JsonNode subscription = subscribe("/stored", "[\"*\"]");
        String id = subscription.path("id").asText();
        String rotatedSecret = admin.post("/api/v1/webhooks/" + id + "/rotate-secret", "{}").json()
                .at("/data/secret").asText();

        String row = sql("select t::text from webhook_subscriptions t where id = ?::uuid", id);

        for (String secret : List.of(subscription.path("secret").asText(), rotatedSecret)) {
            assertThat(row).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        }
        assertThat(sql("select secret from webhook_subscriptions where id = ?::uuid", id)).startsWith("v1:");
    }

    @Test
    void subscriptionChangesPublishWebhookEventsMatchingTheirSchemas() {
        receiver.answer("/events", n -> 410);
        try (var tap = new EventTap(workspace, "crm.webhook")) {
            String id = subscribe("/events", "[\"webhook.test\"]").path("id").asText();
            admin.put("/api/v1/webhooks/" + id, "{\"url\":\"" + receiver.url("/events")
                    + "\",\"events\":[\"webhook.test\",\"lead.*\"]}");
            admin.post("/api/v1/webhooks/" + id + "/rotate-secret", "{}");
            admin.post("/api/v1/webhooks/" + id + "/test", "{}"); // 410: disabled
            admin.delete("/api/v1/webhooks/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 5);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type")).containsExactly(
                    "webhook.created", "webhook.updated", "webhook.secret_rotated", "webhook.disabled",
                    "webhook.deleted");
            assertThat(events).allSatisfy(event -> {
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
                assertThat(event.value()).doesNotContain("whsec_");
            });
            assertThat(events.get(3).value()).contains("\"reason\":\"gone\"");
        }
    }

    @Test
    void refusesInternalTargetsWhenPrivateNetworksAreNotAllowed() {
        try (Application strict = TestServer.start(Map.of("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "false"))) {
            Api api = admin.on(TestServer.url(strict));
            for (String url : List.of("http://127.0.0.1/hook", "http://10.0.0.1/hook", "http://[::1]/hook",
                    "http://169.254.169.254/latest/meta-data", "http://localhost/hook")) {
                JsonNode error = assertError(api.post("/api/v1/webhooks", "{\"url\":\"" + url
                        + "\",\"events\":[\"*\"]}"), 400, "/api/v1/webhooks");
                assertThat(error.path("errors").findValuesAsText("field")).as(url).containsExactly("url");
            }
        }
    }

    /** The first column of the first row {@code query} gives for its one parameter. */
    static String sql(String query, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
