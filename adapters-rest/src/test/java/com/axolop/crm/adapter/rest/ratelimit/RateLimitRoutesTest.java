package com.axolop.crm.adapter.rest.ratelimit;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limits, low here (5 requests per user or address, 3 failed authentications per address, per 15
 * minutes) on a backend of their own whose clock the tests move. Every request of this client comes from
 * one address; each test starts in a new window.
 */
@RoutingTest
class RateLimitRoutesTest {
    private static final FakeBackend BACKEND = new FakeBackend(FakeBackend.limits(5, 3));
    private static final String LEADS = "/api/v1/leads";

    private final TestApi anonymous;

    RateLimitRoutesTest(DirectClient client) {
        this.anonymous = new TestApi(client, null);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        BACKEND.routing(routing);
    }

    @BeforeEach
    void newWindow() {
        BACKEND.clock.advance(Duration.ofMinutes(16));
    }

    private TestApi user() {
        return anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "member"));
    }

    @Test
    void everyLimitedResponseCarriesTheRateLimitHeaders() {
        TestApi.Answer answer = user().get(LEADS);

        assertThat(answer.header("RateLimit-Limit")).contains("5");
        assertThat(answer.header("RateLimit-Remaining")).contains("4");
        assertThat(answer.header("RateLimit-Reset")).contains("900");
    }

    @Test
    void pastTheLimitTheAnswerIs429WithRetryAfter() {
        TestApi api = user();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(LEADS).status()).isEqualTo(200);
        }
        BACKEND.clock.advance(Duration.ofMinutes(5));

        TestApi.Answer limited = api.get(LEADS);

        JsonNode body = assertError(limited, 429, LEADS);
        assertThat(body.path("message").asText()).isEqualTo("Too many requests, please try again later");
        assertThat(body.path("retryAfter").asLong()).isEqualTo(600);
        assertThat(limited.header("Retry-After")).contains("600");
        assertThat(limited.header("RateLimit-Remaining")).contains("0");
        assertThat(limited.header("RateLimit-Reset")).contains("600");
    }

    @Test
    void aLimitedWriteWritesNothing() {
        TestApi api = user();
        for (int i = 0; i < 5; i++) {
            api.get(LEADS);
        }

        assertError(api.post(LEADS, "{\"name\":\"Acme\"}"), 429, LEADS);
    }

    @Test
    void theCountStartsAgainInTheNextWindow() {
        TestApi api = user();
        for (int i = 0; i < 6; i++) {
            api.get(LEADS);
        }

        BACKEND.clock.advance(Duration.ofMinutes(15));

        TestApi.Answer answer = api.get(LEADS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("RateLimit-Remaining")).contains("4");
    }

    @Test
    void eachUserHasACountOfTheirOwn() {
        TestApi first = user();
        for (int i = 0; i < 6; i++) {
            first.get(LEADS);
        }

        assertThat(user().get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void eachApiKeyHasACountOfItsOwnApartFromItsCreators() {
        TestApi admin = anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "admin"));
        TestApi first = anonymous.as(apiKey(admin));
        TestApi second = anonymous.as(apiKey(admin));
        for (int i = 0; i < 5; i++) {
            assertThat(first.get(LEADS).status()).isEqualTo(200);
        }

        assertError(first.get(LEADS), 429, LEADS);
        assertThat(second.get(LEADS).status()).isEqualTo(200);
        assertThat(admin.get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void unusableApiKeysCountAsFailedAuthentications() {
        String unknown = "axolop_" + "a".repeat(43);
        for (int i = 0; i < 3; i++) {
            assertError(anonymous.get(LEADS, "X-API-Key", unknown), 401, LEADS);
        }

        assertError(anonymous.get(LEADS, "X-API-Key", unknown), 429, LEADS);
    }

    private static String apiKey(TestApi admin) {
        TestApi.Answer created = admin.post("/api/v1/api-keys", "{\"name\": \"ci\", \"role\": \"viewer\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.data().path("key").asText();
    }

    @Test
    void anAddressAtTheFailedAuthenticationLimitIsRefusedBeforeAnyTokenWork() {
        TestApi forger = anonymous.as("not-a-token");
        for (int i = 0; i < 3; i++) {
            assertError(forger.get(LEADS), 401, LEADS);
        }

        assertError(forger.get(LEADS), 429, LEADS);
        assertError(anonymous.get(LEADS), 429, LEADS);
        assertError(user().get(LEADS), 429, LEADS); // refused before any token work, even a valid one
    }

    @Test
    void anonymousFormSubmissionsShareTheLimitOfTheirAddress() {
        String submit = "/api/v1/forms/" + UUID.randomUUID() + "/submit";
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.post(submit, "{}").status()).isEqualTo(404);
        }

        assertError(anonymous.post(submit, "{}"), 429, submit);
        assertError(anonymous.get("/api/v1/info"), 429, "/api/v1/info");
    }

    @Test
    void routesOutsideTheApiAreNotLimited() {
        for (int i = 0; i < 8; i++) {
            TestApi.Answer answer = anonymous.get("/elsewhere");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("RateLimit-Limit")).isEmpty();
        }
    }
}
