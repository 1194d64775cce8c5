package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bearer JWT authentication (HS256, Supabase style), tenancy from claims, and roles. */
class AuthApiTest {
    private static final String LEADS = "/api/v1/leads";
    private static final Instant IN_AN_HOUR = Instant.now().plusSeconds(3600);

    @Test
    void missingTokenIs401() {
        assertError(Api.anonymous().get(LEADS), 401, LEADS);
    }

    @Test
    void authorizationHeaderThatIsNotBearerIs401() {
        assertError(Api.anonymous().get(LEADS, "Authorization", "Basic dXNlcjpwYXNz"), 401, LEADS);
    }

    @Test
    void malformedTokenIs401() {
        assertError(Api.as("not.a.jwt").get(LEADS), 401, LEADS);
        assertError(Api.as("garbage").get(LEADS), 401, LEADS);
    }

    @Test
    void unsignedTokenWithClaimsOfTheWrongTypeIs401() {
        // header {"alg":"HS256"}, claims {"exp":"x"}, empty signature
        assertError(Api.as("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJ4In0.").get(LEADS), 401, LEADS);
    }

    @Test
    void signedTokenWithClaimsOfTheWrongTypeIs401() {
        String junk = TestTokens.forClaims("{\"sub\":{\"id\":1},\"exp\":\"soon\",\"workspace_id\":7,"
                + "\"app_metadata\":{\"crm_role\":[\"admin\"],\"x\":{\"y\":[[{}]]}}}");

        assertError(Api.as(junk).get(LEADS), 401, LEADS);
    }

    @Test
    void expiredTokenIs401() {
        String expired = TestTokens.forClaims(TestTokens.claims("u1", "ws", "member", Instant.now().minusSeconds(120)));

        assertError(Api.as(expired).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsAccepted() {
        String justExpired = TestTokens.forClaims(TestTokens.claims("u1", "ws-" + UUID.randomUUID(), "member",
                Instant.now().minusSeconds(20)));

        assertThat(Api.as(justExpired).get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void tokenWithoutExpiryIs401() {
        assertError(Api.as(TestTokens.forClaims("{\"sub\":\"u1\"}")).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenNotYetValidIs401() {
        String future = TestTokens.forClaims("{\"sub\":\"u1\",\"exp\":" + IN_AN_HOUR.getEpochSecond() + ",\"nbf\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");

        assertError(Api.as(future).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenSignedWithAnotherSecretIs401() {
        String forged = TestTokens.sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                TestTokens.claims("u1", "ws", "admin", IN_AN_HOUR), "some-other-secret-that-is-long-enough!!");

        assertError(Api.as(forged).get(LEADS), 401, LEADS);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        String none = TestTokens.unsigned(TestTokens.claims("u1", "ws", "admin", IN_AN_HOUR));

        assertError(Api.as(none).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenWithAnotherAlgorithmIs401() {
        String hs512Header = TestTokens.sign("{\"alg\":\"HS512\",\"typ\":\"JWT\"}",
                TestTokens.claims("u1", "ws", "admin", IN_AN_HOUR), TestServer.JWT_SECRET);

        assertError(Api.as(hs512Header).get(LEADS), 401, LEADS);
    }

    @Test
    void aTopLevelWorkspaceClaimIsIgnoredByDefault() {
        String workspace = "meta-" + UUID.randomUUID();
        String token = TestTokens.forClaims("{\"sub\":\"u1\",\"aud\":\"authenticated\",\"exp\":"
                + IN_AN_HOUR.getEpochSecond() + ",\"workspace_id\":\"someone-elses\",\"app_metadata\":{\"workspace_id\":\""
                + workspace + "\",\"crm_role\":\"member\"}}");

        assertThat(Api.as(token).post(LEADS, "{\"name\":\"A\"}").json().at("/data/workspace_id").asText())
                .isEqualTo(workspace);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        String anon = TestTokens.forClaims(TestTokens.claims("u1", "ws", "admin", IN_AN_HOUR)
                .replace("\"aud\":\"authenticated\"", "\"aud\":\"anon\""));

        assertError(Api.as(anon).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenValidForMoreThanADayIs401() {
        String longLived = TestTokens.forClaims(TestTokens.claims("u1", "ws", "admin",
                Instant.now().plusSeconds(30L * 24 * 3600)));

        assertError(Api.as(longLived).get(LEADS), 401, LEADS);
    }

    @Test
    void tokenWithoutACrmRoleIsAViewer() {
        String workspace = "ws-" + UUID.randomUUID();
        Api noRole = Api.as(TestTokens.forClaims("{\"sub\":\"u1\",\"aud\":\"authenticated\",\"exp\":"
                + IN_AN_HOUR.getEpochSecond() + ",\"app_metadata\":{\"workspace_id\":\"" + workspace + "\"}}"));

        assertThat(noRole.get(LEADS).status()).isEqualTo(200);
        assertError(noRole.post(LEADS, "{\"name\":\"A\"}"), 403, LEADS);
    }

    @Test
    void workspaceComesFromAppMetadataWhenNotAtTopLevel() {
        String workspace = "meta-" + UUID.randomUUID();

        assertThat(Api.as(TestTokens.member(workspace)).post(LEADS, "{\"name\":\"A\"}").json()
                .at("/data/workspace_id").asText()).isEqualTo(workspace);
    }

    @Test
    void workspaceIsTheSubjectWhenNoClaimNamesOne() {
        String subject = "solo-" + UUID.randomUUID();
        String token = TestTokens.forClaims(TestTokens.claims(subject, null, "member", IN_AN_HOUR));

        assertThat(Api.as(token).post(LEADS, "{\"name\":\"A\"}").json().at("/data/workspace_id").asText())
                .isEqualTo(subject);
    }

    @Test
    void unknownRoleIsTreatedAsViewer() {
        Api api = Api.as(TestTokens.withRole("ws-" + UUID.randomUUID(), "superuser"));

        assertError(api.post(LEADS, "{\"name\":\"A\"}"), 403, LEADS);
        assertThat(api.get(LEADS).status()).isEqualTo(200);
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertThat(Api.anonymous().get("/api/v1/info").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/metrics").status()).isEqualTo(200);
    }
}
