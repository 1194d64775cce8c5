package com.axolop.crm.adapter.webhook;

import com.axolop.crm.application.webhook.WebhookSender;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts deliveries with Helidon's WebClient: never following a redirect (a 3xx is a failed attempt), and connecting
 * only to addresses the policy allows (checked before the attempt and again by the client's resolver). Connections
 * are kept alive per host. The timeout ({@link #TIMEOUT} in production) is a deadline for the whole attempt
 * (resolving, connecting, sending, reading the answer): the exchange runs on a virtual thread of its own, which is
 * interrupted at the deadline, and a blocked socket of a virtual thread closes when it is interrupted. So a
 * receiver trickling its answer a byte at a time holds an attempt, or POST /webhooks/{id}/test, no longer.
 */
public final class HelidonWebhookSender implements WebhookSender {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String USER_AGENT = "axolop-crm-webhooks/0.1 (+https://www.standardwebhooks.com)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookTargetPolicy policy;
    private final WebClient client;
    private final Duration deadline;
    private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();

    public HelidonWebhookSender(WebhookTargetPolicy policy, Duration timeout) {
        this.policy = Objects.requireNonNull(policy);
        this.deadline = Objects.requireNonNull(timeout);
        this.client = WebClient.builder()
                .followRedirects(false)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .dnsResolver(new GuardedDnsResolver(policy))
                .build();
    }

    @Override
    public DeliveryAttempt send(String url, UUID webhookId, Instant timestamp, Map<String, Object> body,
                                List<WebhookSecret> secrets) {
        long started = System.nanoTime();
        Future<DeliveryAttempt> exchange = exchanges.submit(() -> exchange(url, webhookId, timestamp, body, secrets,
                started));
        try {
            return exchange.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return DeliveryAttempt.failed(timestamp, millisSince(started), "Timed out: no whole answer within "
                    + deadline.toMillis() + " ms");
        } catch (ExecutionException e) {
            return DeliveryAttempt.failed(timestamp, millisSince(started), describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryAttempt.failed(timestamp, millisSince(started), "Interrupted: the instance is stopping");
        }
    }

    private DeliveryAttempt exchange(String url, UUID webhookId, Instant timestamp, Map<String, Object> body,
                                     List<WebhookSecret> secrets, long started) {
        try {
            policy.check(url);
        } catch (IllegalArgumentException e) {
            return DeliveryAttempt.failed(timestamp, 0, "Refused: the URL " + e.getMessage());
        }
        byte[] bytes = write(body);
        long seconds = timestamp.getEpochSecond();
        try (HttpClientResponse response = client.post(url)
                .header(HeaderNames.create("webhook-id"), webhookId.toString())
                .header(HeaderNames.create("webhook-timestamp"), String.valueOf(seconds))
                .header(HeaderNames.create("webhook-signature"),
                        StandardWebhooksSignature.header(webhookId.toString(), seconds, bytes, secrets))
                .header(HeaderNames.USER_AGENT, USER_AGENT)
                .contentType(MediaTypes.APPLICATION_JSON)
                .submit(bytes)) {
            String excerpt = excerpt(response.inputStream());
            return new DeliveryAttempt(timestamp, response.status().code(), millisSince(started), excerpt, null,
                    retryAfter(response.headers().first(HeaderNames.RETRY_AFTER).orElse(null), timestamp));
        } catch (RuntimeException e) {
            return DeliveryAttempt.failed(timestamp, millisSince(started), describe(e));
        }
    }

    private static byte[] write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery's message is a JSON tree", e);
        }
    }

    /** The first KB of the answer; the rest is not read. */
    private static String excerpt(InputStream in) {
        try (in) {
            byte[] start = in.readNBytes(DeliveryAttempt.MAX_EXCERPT);
            return new String(start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Retry-After in seconds or as an HTTP date; anything else is ignored. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
