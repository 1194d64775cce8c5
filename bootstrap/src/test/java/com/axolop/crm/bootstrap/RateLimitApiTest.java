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

/**
 * The contract's rate-limit classes, over a Redis of their own so other tests' requests do not count. The
 * instances trust the loopback address as a proxy, so each test can be a client of its own (X-Forwarded-For).
 */
class RateLimitApiTest {
    private static final Map<String, String> LOW_LIMITS = Map.of(
            "RATE_LIMIT_MAX_REQUESTS", "5", "RATE_LIMIT_AUTH_MAX_REQUESTS", "3",
            "TRUSTED_PROXIES", "127.0.0.1, ::1");
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final java.util.Random RANDOM = new java.util.Random();
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
        String client = newClientAddress();

        for (int i = 0; i < 3; i++) {
            assertError(forger.get("/api/v1/leads", FORWARDED_FOR, client), 401, "/api/v1/leads");
        }
        assertError(forger.get("/api/v1/leads", FORWARDED_FOR, client), 429, "/api/v1/leads");
    }

    @Test
    void tokensWithMalformedClaimsCountAsFailedAuthentications() {
        Api forger = Api.as("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJ4In0.").on(TestServer.url(first));
        String client = newClientAddress();

        for (int i = 0; i < 3; i++) {
            assertError(forger.get("/api/v1/leads", FORWARDED_FOR, client), 401, "/api/v1/leads");
        }
        assertError(forger.get("/api/v1/leads", FORWARDED_FOR, client), 429, "/api/v1/leads");
    }

    @Test
    void anAddressAtTheFailedAuthenticationLimitIsRefusedEvenWithAValidToken() {
        String client = newClientAddress();
        for (int i = 0; i < 3; i++) {
            Api.as("not-a-token").on(TestServer.url(first)).get("/api/v1/leads", FORWARDED_FOR, client);
        }
        Api valid = caller();

        Api.Answer refused = valid.get("/api/v1/leads", FORWARDED_FOR, client);

        assertError(refused, 429, "/api/v1/leads");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(valid.get("/api/v1/leads", FORWARDED_FOR, newClientAddress()).status()).isEqualTo(200);
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasACountOfItsOwn() {
        Api anonymous = Api.anonymous().on(TestServer.url(first));
        String client = newClientAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.get("/api/v1/info", FORWARDED_FOR, "198.51.100.1, " + client).status()).isEqualTo(200);
        }

        assertError(anonymous.get("/api/v1/info", FORWARDED_FOR, "198.51.100.2, " + client), 429, "/api/v1/info");
        assertThat(anonymous.get("/api/v1/info", FORWARDED_FOR, newClientAddress()).status()).isEqualTo(200);
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        Api anonymous = Api.anonymous().on(TestServer.url(first));
        String network = "2001:db8:" + Integer.toHexString(RANDOM.nextInt(0xffff)) + ":"
                + Integer.toHexString(RANDOM.nextInt(0xffff)) + ":";
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.get("/api/v1/info", FORWARDED_FOR, network + ":" + (i + 1)).status()).isEqualTo(200);
        }

        assertError(anonymous.get("/api/v1/info", FORWARDED_FOR, network + "ffff:ffff:ffff:ffff"), 429, "/api/v1/info");
        assertThat(anonymous.get("/api/v1/info", FORWARDED_FOR, "2001:db8:ffff:ffff::1").status()).isEqualTo(200);
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

    private static String newClientAddress() {
        return "198.18." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256);
    }

    private static Api caller() {
        return Api.as(TestTokens.member("ws-" + UUID.randomUUID())).on(TestServer.url(first));
    }
}
