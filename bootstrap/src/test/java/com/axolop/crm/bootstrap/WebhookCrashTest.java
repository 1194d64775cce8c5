package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedKafkaBroker;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 during a delivery: the service runs in a child JVM over a database and Kafka of this test's own (so no
 * other instance takes the job), the receiver holds the first request open, the child is killed, and a new instance
 * delivers the same event again, under the same webhook-id, once the dead worker's lease has run out.
 */
class WebhookCrashTest {
    @Test
    void aDeliveryCutByKillMinus9IsDeliveredAfterRestartWithTheSameWebhookId() throws Exception {
        String workspace = "ws-" + UUID.randomUUID();
        var holding = new CountDownLatch(1);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
             WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer("/crash", n -> {
                if (n == 1) {
                    holding.countDown();
                    sleep(Duration.ofSeconds(60)); // the child dies while this request is in flight
                }
                return 200;
            });
            String redisPort = String.valueOf(TestServer.redis().port());
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WebhookChild.class.getName(), postgres.jdbcUrl(),
                    redisPort, kafka.bootstrapServers()).redirectErrorStream(true).start();
            try {
                Api admin = Api.as(TestTokens.withRole(workspace, "admin")).on("http://localhost:" + port(child));
                Api.Answer created = admin.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url("/crash")
                        + "\",\"events\":[\"lead.created\"]}");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                String subscription = created.json().at("/data/id").asText();
                admin.createLead("{\"name\":\"Ada Lovelace\"}");
                assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();

                child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no drain, the job stays leased

                try (Application restarted = Application.start(WebhookChild.config(postgres.jdbcUrl(), redisPort,
                        kafka.bootstrapServers()))) {
                    within(Duration.ofSeconds(60), () -> receiver.received("/crash").size() >= 2);
                    List<WebhookReceiver.Request> requests = receiver.received("/crash");
                    assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"));
                    Api again = admin.on(TestServer.url(restarted));
                    within(Duration.ofSeconds(10), () -> again.get("/api/v1/webhooks/" + subscription + "/deliveries")
                            .json().at("/data/0/state").asText().equals("delivered"));
                    JsonNode delivery = again.get("/api/v1/webhooks/" + subscription + "/deliveries").json()
                            .at("/data/0");
                    assertThat(delivery.path("event_id").asText()).isEqualTo(requests.get(0).header("webhook-id"));
                    assertThat(delivery.path("attempts").asInt()).isEqualTo(1); // the cut attempt left no record
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }

    /** Reads the child's output until it names its port. */
    private static int port(Process child) throws Exception {
        var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("PORT ")) {
                Thread.ofVirtual().start(() -> lines.lines().forEach(ignored -> { })); // keep its pipe drained
                return Integer.parseInt(line.substring(5).strip());
            }
        }
        throw new AssertionError("The child JVM ended without starting the service");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
