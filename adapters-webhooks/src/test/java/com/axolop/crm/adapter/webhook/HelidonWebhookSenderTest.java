package com.axolop.crm.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a real local receiver, whose signatures the Standard Webhooks reference library checks. */
class HelidonWebhookSenderTest {
    private static final WebhookTargetPolicy LOCAL = new WebhookTargetPolicy(
            new WebhookTargetPolicy.Settings(true, true, Set.of(), true), HostResolver.SYSTEM);

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<Answer> answer = new AtomicReference<>(exchange -> reply(exchange, 200, "ok"));
    private HelidonWebhookSender sender;

    record Received(String path, Map<String, List<String>> headers, String body) {
    }

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            answer.get().answer(exchange);
        });
        receiver.start();
        // Roomy: a cold client's first post may take a while on a loaded machine; the deadline tests use QUICK.
        sender = new HelidonWebhookSender(LOCAL, Duration.ofSeconds(5));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    /** A sender whose deadline is 500 ms. */
    private static HelidonWebhookSender quick() {
        return new HelidonWebhookSender(LOCAL, Duration.ofMillis(500));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private DeliveryAttempt send(String path, UUID id, List<WebhookSecret> secrets) {
        return send(sender, path, id, secrets);
    }

    private DeliveryAttempt send(HelidonWebhookSender through, String path, UUID id, List<WebhookSecret> secrets) {
        return through.send(url(path), id, Instant.now(), Map.of("type", "lead.created",
                "timestamp", "2026-12-01T10:00:00Z", "data", Map.of("lead", Map.of("name", "Ada"))), secrets);
    }

    @Test
    void signsEachDeliverySoTheReferenceLibraryVerifiesIt() {
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = UUID.randomUUID();

        DeliveryAttempt attempt = send("/hook", id, List.of(secret));

        assertThat(attempt.statusCode()).isEqualTo(200);
        assertThat(attempt.responseExcerpt()).isEqualTo("ok");
        Received request = received.getFirst();
        assertThat(request.headers().get("Webhook-id")).containsExactly(id.toString());
        assertThat(request.headers().get("Content-type")).containsExactly("application/json");
        assertThat(request.headers().get("User-agent").getFirst()).startsWith("axolop-crm-webhooks/");
        assertThat(request.body()).contains("\"type\":\"lead.created\"").contains("\"name\":\"Ada\"");
        assertThatCode(() -> new Webhook(secret.value()).verify(request.body(), lowerCase(request.headers())))
                .doesNotThrowAnyException();
    }

    @Test
    void signsWithBothSecretsDuringARotation() {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.generate();

        send("/hook", UUID.randomUUID(), List.of(current, previous));

        Received request = received.getFirst();
        assertThat(request.headers().get("Webhook-signature").getFirst().split(" ")).hasSize(2);
        for (WebhookSecret secret : List.of(current, previous)) {
            assertThatCode(() -> new Webhook(secret.value()).verify(request.body(), lowerCase(request.headers())))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void neverFollowsARedirect() {
        answer.set(exchange -> {
            exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            reply(exchange, 302, "");
        });

        DeliveryAttempt attempt = send("/hook", UUID.randomUUID(), List.of(WebhookSecret.generate()));

        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.delivered()).isFalse();
        assertThat(received).extracting(Received::path).containsExactly("/hook");
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailedAttempt() {
        answer.set(exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, "too late");
        });

        DeliveryAttempt attempt = send(quick(), "/slow", UUID.randomUUID(), List.of(WebhookSecret.generate()));

        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isNotBlank();
        assertThat(attempt.durationMs()).isLessThan(1_900);
    }

    @Test
    void theTimeoutIsADeadlineForTheWholeAttemptEvenWhenEveryReadIsQuick() {
        answer.set(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the body trickles in, a byte every 100 ms for 3 s
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('.');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the sender hung up, as it should
            }
        });
        long started = System.nanoTime();

        DeliveryAttempt attempt = send(quick(), "/trickle", UUID.randomUUID(), List.of(WebhookSecret.generate()));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isEqualTo("Timed out: no whole answer within 500 ms");
        assertThat(attempt.durationMs()).isBetween(500L, 1_500L);
    }

    @Test
    void keepsTheRetryAfterTheReceiverAsksForAndAnExcerptOfAtMostOneKilobyte() {
        answer.set(exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            reply(exchange, 503, "x".repeat(5_000));
        });

        DeliveryAttempt attempt = send("/busy", UUID.randomUUID(), List.of(WebhookSecret.generate()));

        assertThat(attempt.statusCode()).isEqualTo(503);
        assertThat(attempt.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(attempt.responseExcerpt()).hasSize(1024);
    }

    @Test
    void refusesAnInternalTargetWithoutConnecting() {
        var strict = new HelidonWebhookSender(new WebhookTargetPolicy(
                new WebhookTargetPolicy.Settings(false, true, Set.of(), true),
                host -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}))), Duration.ofSeconds(5));

        DeliveryAttempt attempt = strict.send("http://internal.example.com/hook", UUID.randomUUID(), Instant.now(),
                Map.of("type", "lead.created"), List.of(WebhookSecret.generate()));

        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).startsWith("Refused").contains("10.0.0.1");
        assertThat(attempt.durationMs()).isZero();
    }

    @Test
    void readsRetryAfterAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(HelidonWebhookSender.retryAfter("30", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HelidonWebhookSender.retryAfter("Tue, 01 Dec 2026 10:05:00 GMT", now))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(HelidonWebhookSender.retryAfter("soon", now)).isNull();
    }

    /** The library looks headers up in lower case; the JDK server capitalises them. */
    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        var map = new HashMap<String, List<String>>();
        headers.forEach((name, values) -> map.put(name.toLowerCase(), values));
        return map;
    }
}
