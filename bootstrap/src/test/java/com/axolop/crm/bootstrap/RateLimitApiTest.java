package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedRedisServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract's rate-limit classes, over a Redis of their own so other tests' requests do not count. */
class RateLimitApiTest {
    private static final Map<String, String> LOW_LIMITS = Map.of(
            "RATE_LIMIT_MAX_REQUESTS", "5", "RATE_LIMIT_AUTH_MAX_REQUESTS", "3");
    private static EmbeddedRedisServer redis;
    private static Application first;
    private static Application second;

    @BeforeAll
    static void startTwoInstancesOnOneRedis() {
        redis = EmbeddedRedisServer.startOnFreePort();
        Map<String, String> settings = new java.util.HashMap<>(LOW_LIMITS);
        settings.put("REDIS_PORT", String.valueOf(redis.port()));
        first = TestServer.start(settings);
        second = TestServer.start(settings);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        redis.close();
    }

    @Test
    void everyLimitedResponseCarriesTheRateLimitHeaders() {
        Api.Answer answer = caller().get("/api/v1/leads");

        assertThat(answer.header("RateLimit-Limit")).contains("5");
        assertThat(answer.header("RateLimit-Remaining")).contains("4");
        assertThat(answer.header("RateLimit-Reset")).hasValueSatisfying(
                reset -> assertThat(Long.parseLong(reset)).isBetween(890L, 900L));
    }

    @Test
    void pastTheLimitTheAnswerIs429WithRetryAfter() {
        Api api = caller();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/leads").status()).isEqualTo(200);
        }

        Api.Answer limited = api.get("/api/v1/leads");

        JsonNode body = assertError(limited, 429, "/api/v1/leads");
        assertThat(body.path("message").asText()).isEqualTo("Too many requests, please try again later");
        assertThat(body.path("retryAfter").asLong()).isBetween(1L, 900L);
        assertThat(limited.header("Retry-After")).contains(String.valueOf(body.path("retryAfter").asLong()));
        assertThat(limited.header("RateLimit-Remaining")).contains("0");
    }

    @Test
    void theLimitHoldsAcrossInstancesSharingRedis() {
        Api api = caller();
        int allowed = 0;
        for (int i = 0; i < 12; i++) {
            Application instance = i % 2 == 0 ? first : second;
            allowed += api.on(TestServer.url(instance)).get("/api/v1/leads").status() == 200 ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void failedAuthenticationsCountAgainstTheClientAddress() {
        Api forger = Api.as("not-a-token").on(TestServer.url(first));
        redis.stop();
        redis.start(); // a clean count for this address

        for (int i = 0; i < 3; i++) {
            assertError(forger.get("/api/v1/leads"), 401, "/api/v1/leads");
        }
        assertError(forger.get("/api/v1/leads"), 429, "/api/v1/leads");
    }

    @Test
    void healthAndMetricsAreNeverLimited() {
        for (int i = 0; i < 8; i++) {
            Api.Answer health = Api.anonymous().on(TestServer.url(first)).get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.header("RateLimit-Limit")).isEmpty();
            assertThat(Api.anonymous().on(TestServer.url(first)).get("/metrics").status()).isEqualTo(200);
        }
    }

    @Test
    void anonymousFormSubmissionsShareTheLimitOfTheirAddress() {
        Api anonymous = Api.anonymous().on(TestServer.url(first));
        String submit = "/api/v1/forms/" + UUID.randomUUID() + "/submit";
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.post(submit, "{}").status()).isEqualTo(404);
        }

        assertError(anonymous.post(submit, "{}"), 429, submit);
    }

    private static Api caller() {
        return Api.as(TestTokens.member("ws-" + UUID.randomUUID())).on(TestServer.url(first));
    }
}
