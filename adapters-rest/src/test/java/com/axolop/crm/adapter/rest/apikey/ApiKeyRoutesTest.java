package com.axolop.crm.adapter.rest.apikey;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/api-keys} and authentication by key, on a backend of its own whose clock the expiry test moves:
 * admins manage keys; a key acts in its workspace with its role, through either header, until revoked or expired.
 */
@RoutingTest
class ApiKeyRoutesTest {
    private static final FakeBackend BACKEND = new FakeBackend(FakeBackend.NO_LIMITS);
    private static final String KEYS = "/api/v1/api-keys";
    private static final String LEADS = "/api/v1/leads";

    private final String workspace = "ws-" + UUID.randomUUID();
    private final TestApi anonymous;

    ApiKeyRoutesTest(DirectClient client) {
        this.anonymous = new TestApi(client, null);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        BACKEND.routing(routing);
    }

    private TestApi user(String role) {
        return anonymous.as(BACKEND.token(workspace, role));
    }

    private JsonNode createKey(String role) {
        TestApi.Answer created = user("admin").post(KEYS, "{\"name\": \"ci\", \"role\": \"" + role + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.data();
    }

    private TestApi withKey(String role) {
        return anonymous.as(createKey(role).path("key").asText());
    }

    @Test
    void anAdminCreatesAKeyShownOnlyInTheAnswerToItsCreation() {
        String now = BACKEND.clock.instant().toString();
        TestApi.Answer created = user("admin").post(KEYS,
                "{\"name\": \"zapier\", \"role\": \"member\", \"expires_at\": \"2027-01-01T00:00:00Z\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode key = created.data();
        assertThat(key.path("key").asText()).matches("axolop_[0-9A-Za-z]{43}");
        assertThat(key.path("prefix").asText()).isEqualTo(key.path("key").asText().substring(0, 15));
        assertThat(created.header("Location")).contains(KEYS + "/" + key.path("id").asText());
        assertThat(created.header("Cache-Control")).contains("no-store");
        TestApi.Answer list = user("admin").get(KEYS);
        assertThat(list.body()).doesNotContain(key.path("key").asText());
        JsonNode listed = list.data().get(0);
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.path("name").asText()).isEqualTo("zapier");
        assertThat(listed.path("role").asText()).isEqualTo("member");
        assertThat(listed.path("created_by").asText()).isEqualTo("user-" + workspace);
        assertThat(listed.path("created_at").asText()).isEqualTo(now);
        assertThat(listed.path("expires_at").asText()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(listed.path("last_used_at").isNull()).isTrue();
        assertThat(listed.path("revoked_at").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "viewer"})
    void onlyAdminsManageKeys(String role) {
        String id = createKey("viewer").path("id").asText();

        assertError(user(role).post(KEYS, "{\"name\": \"ci\", \"role\": \"viewer\"}"), 403, KEYS);
        assertError(user(role).get(KEYS), 403, KEYS);
        assertError(user(role).delete(KEYS + "/" + id), 403, KEYS + "/" + id);
    }

    @Test
    void aMemberKeyCannotManageKeysButAnAdminKeyCan() {
        assertError(withKey("member").get(KEYS), 403, KEYS);
        assertThat(withKey("admin").get(KEYS).status()).isEqualTo(200);
    }

    @Test
    void aKeyActsInItsWorkspaceWithItsRoleThroughEitherHeader() {
        JsonNode key = createKey("member");
        String secret = key.path("key").asText();
        String leadId = user("member").create(LEADS, "{\"name\": \"Acme\"}");

        TestApi.Answer byBearer = anonymous.as(secret).get(LEADS + "/" + leadId);
        TestApi.Answer byHeader = anonymous.get(LEADS + "/" + leadId, "X-API-Key", secret);
        TestApi.Answer created = anonymous.post(LEADS, "{\"name\": \"Globex\"}", "X-API-Key", secret);

        assertThat(byBearer.status()).isEqualTo(200);
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data().path("created_by").asText()).isEqualTo("api-key:" + key.path("id").asText());
    }

    @Test
    void aKeySeesOnlyItsOwnWorkspace() {
        String elsewhere = anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "member"))
                .create(LEADS, "{\"name\": \"Elsewhere\"}");

        assertError(withKey("admin").get(LEADS + "/" + elsewhere), 404, LEADS + "/" + elsewhere);
    }

    @Test
    void aViewerKeyCannotWrite() {
        TestApi viewer = withKey("viewer");

        assertThat(viewer.get(LEADS).status()).isEqualTo(200);
        assertError(viewer.post(LEADS, "{\"name\": \"Acme\"}"), 403, LEADS);
    }

    @Test
    void aRevokedKeyIs401AndListedWithItsRevocationTime() {
        JsonNode key = createKey("member");
        String secret = key.path("key").asText();
        assertThat(anonymous.as(secret).get(LEADS).status()).isEqualTo(200);

        TestApi.Answer revoked = user("admin").delete(KEYS + "/" + key.path("id").asText());

        assertThat(revoked.status()).isEqualTo(204);
        JsonNode body = assertError(anonymous.as(secret).get(LEADS), 401, LEADS);
        assertThat(body.path("message").asText()).isEqualTo("Invalid, expired or revoked API key");
        assertError(anonymous.get(LEADS, "X-API-Key", secret), 401, LEADS);
        assertThat(user("admin").get(KEYS).data().get(0).path("revoked_at").asText())
                .isEqualTo(BACKEND.clock.instant().toString());
    }

    @Test
    void anExpiredKeyIs401() {
        String expiresAt = BACKEND.clock.instant().plus(Duration.ofMinutes(30)).toString();
        String secret = user("admin").post(KEYS, "{\"name\": \"ci\", \"role\": \"member\", \"expires_at\": \""
                + expiresAt + "\"}").data().path("key").asText();
        assertThat(anonymous.as(secret).get(LEADS).status()).isEqualTo(200);

        BACKEND.clock.advance(Duration.ofMinutes(30));

        assertError(anonymous.as(secret).get(LEADS), 401, LEADS);
    }

    @Test
    void aKeyOfAnotherWorkspaceOrNoKeyAtAllIs404() {
        String id = createKey("member").path("id").asText();
        TestApi otherAdmin = anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "admin"));

        assertError(otherAdmin.delete(KEYS + "/" + id), 404, KEYS + "/" + id);
        assertThat(otherAdmin.get(KEYS).data()).isEmpty();
        String unknown = KEYS + "/" + UUID.randomUUID();
        assertError(user("admin").delete(unknown), 404, unknown);
        assertError(user("admin").delete(KEYS + "/not-a-uuid"), 404, KEYS + "/not-a-uuid");
    }

    @Test
    void everyBadFieldOfANewKeyIsReportedAtOnce() {
        JsonNode body = assertError(user("admin").post(KEYS,
                "{\"name\": \"\", \"role\": \"owner\", \"expires_at\": \"tomorrow\"}"), 400, KEYS);

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("name", "role", "expires_at");
        assertThat(fieldsInError(assertError(user("admin").post(KEYS, "{\"name\": \"ci\"}"), 400, KEYS)))
                .containsExactly("role");
        assertThat(fieldsInError(assertError(user("admin").post(KEYS, "{\"name\": \"ci\", \"role\": \"member\", "
                + "\"expires_at\": \"2020-01-01T00:00:00Z\"}"), 400, KEYS))).containsExactly("expires_at");
    }

    @ParameterizedTest
    @ValueSource(strings = {"axolop_", "axolop_short", "garbage", "axolop_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "axolop_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "axolop_%00%0a", "Bearer axolop_x"})
    void aKeyThatIsNotAUsableKeyIs401InEitherHeader(String presented) {
        assertError(anonymous.as(presented).get(LEADS), 401, LEADS);
        assertError(anonymous.get(LEADS, "X-API-Key", presented), 401, LEADS);
    }

    @Test
    void anEmptyOrOverlongKeyHeaderIs401() {
        assertError(anonymous.get(LEADS, "X-API-Key", ""), 401, LEADS);
        assertError(anonymous.get(LEADS, "X-API-Key", "axolop_" + "a".repeat(6000)), 401, LEADS);
    }

    @Test
    void aTokenAndAKeyAtOnceAre400() {
        String secret = createKey("member").path("key").asText();

        assertError(anonymous.as(BACKEND.token(workspace, "member")).get(LEADS, "X-API-Key", secret), 400, LEADS);
    }
}
