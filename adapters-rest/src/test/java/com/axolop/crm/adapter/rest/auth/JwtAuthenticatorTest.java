package com.axolop.crm.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.application.shared.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAuthenticatorTest {
    private static final byte[] SECRET = "unit-test-secret-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final JwtAuthenticator authenticator = new JwtAuthenticator(SECRET, clock);
    private final TokenIssuer issuer = new TokenIssuer(SECRET, clock);

    @Test
    void acceptsAValidTokenAndReadsWorkspaceAndRole() {
        var actor = authenticator.authenticate("Bearer " + issuer.issue("u1", "acme", "admin", Duration.ofMinutes(5)));

        assertThat(actor.workspace().value()).isEqualTo("acme");
        assertThat(actor.user().value()).isEqualTo("u1");
        assertThat(actor.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void rejectsATokenOnceItExpiresEvenAfterItWasAccepted() {
        String header = "Bearer " + issuer.issue("u1", "acme", "member", Duration.ofMinutes(5));
        authenticator.authenticate(header);

        clock.advance(Duration.ofMinutes(5).plusSeconds(61));

        assertThatThrownBy(() -> authenticator.authenticate(header)).isInstanceOf(ApiException.class)
                .hasMessage("Token is expired or not yet valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":\"x\"}",
            "{\"aud\":\"authenticated\",\"sub\":{\"id\":\"u1\"},\"exp\":1767265200}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"workspace_id\":42}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"app_metadata\":{\"workspace_id\":[1,{\"a\":null}]}}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"app_metadata\":{\"crm_role\":{\"admin\":true}}}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"app_metadata\":\"admin\"}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"nbf\":[1]}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200,\"iat\":{\"x\":{\"y\":[[[]]]}}}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1e400}",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":-9223372036854775809}",
            "{\"aud\":7,\"sub\":\"u1\",\"exp\":1767265200}",
            "{\"aud\":[\"authenticated\",1],\"sub\":\"u1\",\"exp\":1767265200}",
            "[\"sub\",\"u1\"]",
            "not json at all",
            "{\"aud\":\"authenticated\",\"sub\":\"u1\",\"exp\":1767265200",
    })
    void aSignedTokenWithClaimsOfTheWrongShapeIsRefused(String claims) {
        String token = issuer.signRaw("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims);

        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + token)).isInstanceOfSatisfying(
                ApiException.class, refused -> {
                    assertThat(refused.status().code()).isEqualTo(401);
                    assertThat(refused.getMessage()).startsWith("Malformed token");
                });
    }

    @Test
    void anUnsignedTokenIsRefusedForItsSignatureBeforeItsClaimsAreRead() {
        // header {"alg":"HS256"}, claims {"exp":"x"}, no signature
        assertThatThrownBy(() -> authenticator.authenticate("Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJ4In0."))
                .isInstanceOf(ApiException.class).hasMessage("Invalid token signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"alg\":[\"HS256\"]}", "{\"alg\":{\"x\":1}}", "[1,2]", "{\"alg\":\"HS256\",\"kid\":7}",
            "{\"alg\":\"HS256\",\"crit\":\"x\"}", "{}"})
    void aTokenWithAMalformedHeaderIsRefused(String header) {
        String token = issuer.signRaw(header, "{\"sub\":\"u1\",\"exp\":1767265200}");

        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + token)).isInstanceOfSatisfying(
                ApiException.class, refused -> assertThat(refused.status().code()).isEqualTo(401));
    }

    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    /** Claims of user u1, valid five minutes from the test clock's now, with {@code more} (",..." or ""). */
    private String claims(String more) {
        long now = clock.instant().getEpochSecond();
        return "{\"sub\":\"u1\",\"iat\":" + now + ",\"exp\":" + (now + 300) + more + "}";
    }

    private Actor authenticate(JwtAuthenticator with, String claims) {
        return with.authenticate("Bearer " + issuer.signRaw(HS256, claims));
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(ApiException.class).hasMessage(message);
    }

    @Test
    void aTokenMustBeMeantForTheConfiguredAudience() {
        assertRefused(() -> authenticate(authenticator, claims(",\"aud\":\"other\"")),
                "Token is not meant for this service");
        assertRefused(() -> authenticate(authenticator, claims("")), "Token is not meant for this service");
        assertThat(authenticate(authenticator, claims(",\"aud\":[\"x\",\"authenticated\"]")).user().value())
                .isEqualTo("u1");
    }

    @Test
    void aTokenMustComeFromTheConfiguredIssuer() {
        var rules = new TokenRules("authenticated", TokenRules.supabaseIssuer("https://abc.supabase.co/"), false,
                Role.VIEWER, Duration.ofHours(24));
        var strict = new JwtAuthenticator(SECRET, clock, rules);

        assertRefused(() -> authenticate(strict, claims(",\"aud\":\"authenticated\",\"iss\":\"https://evil.io/auth/v1\"")),
                "Token has another issuer");
        assertRefused(() -> authenticate(strict, claims(",\"aud\":\"authenticated\"")), "Token has another issuer");
        assertThat(authenticate(strict, claims(",\"aud\":\"authenticated\",\"iss\":\"https://abc.supabase.co/auth/v1\""))
                .user().value()).isEqualTo("u1");
    }

    @Test
    void aTokenWithoutACrmRoleGetsTheDefaultRoleViewerUnlessConfigured() {
        String noRole = claims(",\"aud\":\"authenticated\",\"app_metadata\":{\"workspace_id\":\"acme\"}");
        var members = new JwtAuthenticator(SECRET, clock, new TokenRules("authenticated", null, false, Role.MEMBER,
                Duration.ofHours(24)));

        assertThat(authenticate(authenticator, noRole).role()).isEqualTo(Role.VIEWER);
        assertThat(authenticate(members, noRole).role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void theWorkspaceComesFromAppMetadataOnlyUnlessTopLevelClaimsAreAllowed() {
        String both = claims(",\"aud\":\"authenticated\",\"workspace_id\":\"top\",\"app_metadata\":{\"workspace_id\":\"app\"}");
        String topOnly = claims(",\"aud\":\"authenticated\",\"workspace_id\":\"top\"");
        var topLevel = new JwtAuthenticator(SECRET, clock, new TokenRules("authenticated", null, true, Role.VIEWER,
                Duration.ofHours(24)));

        assertThat(authenticate(authenticator, both).workspace().value()).isEqualTo("app");
        assertThat(authenticate(authenticator, topOnly).workspace().value()).isEqualTo("u1");
        assertThat(authenticate(topLevel, both).workspace().value()).isEqualTo("top");
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        long now = clock.instant().getEpochSecond();
        long day = 24 * 3600;

        assertRefused(() -> authenticate(authenticator, "{\"sub\":\"u1\",\"aud\":\"authenticated\",\"iat\":" + now
                + ",\"exp\":" + (now + day + 1) + "}"), "Token lives longer than allowed");
        assertRefused(() -> authenticate(authenticator, "{\"sub\":\"u1\",\"aud\":\"authenticated\",\"exp\":"
                + (now + 30 * day) + "}"), "Token lives longer than allowed");
        assertThat(authenticate(authenticator, "{\"sub\":\"u1\",\"aud\":\"authenticated\",\"iat\":" + now
                + ",\"exp\":" + (now + day) + "}").user().value()).isEqualTo("u1");
    }
}
