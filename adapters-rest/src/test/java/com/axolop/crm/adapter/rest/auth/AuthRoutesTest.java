package com.axolop.crm.adapter.rest.auth;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.application.shared.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens on every /api/v1 route but the public ones: 401 in the error format when missing or invalid;
 * the workspace and role come from the token (the token rules in detail: JwtAuthenticatorTest, bootstrap's
 * AuthApiTest).
 */
class AuthRoutesTest extends RoutesTest {
    private static final String LEADS = "/api/v1/leads";

    AuthRoutesTest(DirectClient client) {
        super(client);
    }

    /** A token issued {@code ago} before the backend's now, valid for an hour. */
    private static String issuedAgo(Duration ago) {
        var then = new MutableClock(FakeBackend.START.minus(ago));
        return new TokenIssuer(FakeBackend.JWT_SECRET, then).issue("u1", "ws-" + UUID.randomUUID(), "member",
                Duration.ofHours(1));
    }

    @Test
    void aMissingTokenIs401InTheErrorFormat() {
        JsonNode body = assertError(anonymous.get(LEADS), 401, LEADS);

        assertThat(body.path("message").asText()).isEqualTo("Authentication required");
    }

    @Test
    void anAuthorizationHeaderThatIsNotBearerIs401() {
        assertError(anonymous.get(LEADS, "Authorization", "Basic dXNlcjpwYXNz"), 401, LEADS);
    }

    @Test
    void aMalformedTokenIs401() {
        assertError(anonymous.as("not.a.jwt").get(LEADS), 401, LEADS);
        assertError(anonymous.as("garbage").get(LEADS), 401, LEADS);
    }

    @Test
    void anExpiredTokenIs401() {
        JsonNode body = assertError(anonymous.as(issuedAgo(Duration.ofHours(2))).get(LEADS), 401, LEADS);

        assertThat(body.path("message").asText()).isEqualTo("Token is expired or not yet valid");
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsAccepted() {
        assertThat(anonymous.as(issuedAgo(Duration.ofHours(1).plusSeconds(30))).get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() {
        String forged = new TokenIssuer("some-other-secret-that-is-long-enough!!".getBytes(StandardCharsets.UTF_8),
                BACKEND.clock).issue("u1", workspace, "admin", Duration.ofHours(1));

        assertError(anonymous.as(forged).get(LEADS), 401, LEADS);
    }

    @Test
    void anUnsignedTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"u1\",\"exp\":" + FakeBackend.START.plusSeconds(3600).getEpochSecond()
                + ",\"app_metadata\":{\"crm_role\":\"admin\"}}").getBytes(StandardCharsets.UTF_8)) + ".";

        assertError(anonymous.as(none).get(LEADS), 401, LEADS);
    }

    @Test
    void theTokensWorkspaceAndUserMakeTheRecord() {
        JsonNode lead = api.post(LEADS, "{\"name\":\"A\"}").data();

        assertThat(lead.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(lead.path("created_by").asText()).isEqualTo("user-" + workspace);
    }

    @Test
    void theWorkspaceIsTheSubjectWhenNoClaimNamesOne() {
        String subject = "solo-" + UUID.randomUUID();
        String token = new TokenIssuer(FakeBackend.JWT_SECRET, BACKEND.clock).issue(subject, null, "member",
                Duration.ofHours(1));

        assertThat(anonymous.as(token).post(LEADS, "{\"name\":\"A\"}").data().path("workspace_id").asText())
                .isEqualTo(subject);
    }

    @Test
    void anUnknownRoleIsTreatedAsAViewer() {
        assertError(withRole("superuser").post(LEADS, "{\"name\":\"A\"}"), 403, LEADS);
        assertThat(withRole("superuser").get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void anyRouteUnderTheApiNeedsATokenEvenOneThatDoesNotExist() {
        assertError(anonymous.get("/api/v1/nothing-here"), 401, "/api/v1/nothing-here");
    }

    @Test
    void aRouteOutsideTheApiNeedsNoToken() {
        assertError(anonymous.get("/no/such/page"), 404, "/no/such/page");
    }
}
