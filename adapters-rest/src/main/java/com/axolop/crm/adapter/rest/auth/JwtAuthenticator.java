package com.axolop.crm.adapter.rest.auth;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.common.Errors;
import io.helidon.http.Status;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.JwtValidator;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkKeys;
import io.helidon.security.jwt.jwk.JwkOctet;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies Supabase-style HS256 bearer tokens: signature, exp (required) and nbf, with 60 s of clock skew.
 * The workspace is claim workspace_id (top level or in app_metadata), else the subject; the role is
 * app_metadata.crm_role (member when absent; an unknown role gets the least rights, viewer).
 */
public class JwtAuthenticator {
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final JwkKeys NO_KEY_IDS = JwkKeys.builder().build();
    private static final int MAX_CACHED_TOKENS = 10_000;

    private final JwkOctet key;
    private final Clock clock;
    // Clients resend the same token for its whole life: verifying it once saves the HMAC and the JSON
    // parsing on every later request (measured at about a tenth of a list request's CPU).
    private final Map<String, Verified> verifiedTokens = new ConcurrentHashMap<>();

    public JwtAuthenticator(byte[] secret, Clock clock) {
        this.key = HmacKeys.hs256(secret);
        this.clock = clock;
    }

    public Actor authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("Authentication required");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("Authorization header must be: Bearer <token>");
        }
        String token = authorization.substring(7).strip();
        Verified cached = verifiedTokens.get(token);
        if (cached != null && clock.instant().isBefore(cached.validUntil())) {
            return cached.actor();
        }
        Jwt jwt = verified(token);
        Actor actor = actor(jwt);
        if (verifiedTokens.size() >= MAX_CACHED_TOKENS) {
            verifiedTokens.clear();
        }
        verifiedTokens.put(token, new Verified(actor, jwt.expirationTime().orElseThrow().plus(CLOCK_SKEW)));
        return actor;
    }

    private Actor actor(Jwt jwt) {
        String subject = jwt.subject().filter(s -> !s.isBlank())
                .orElseThrow(() -> unauthorized("Token has no subject"));
        Optional<JsonObject> appMetadata = jwt.payloadClaim("app_metadata")
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
        String workspace = text(jwt.payloadClaim("workspace_id"))
                .or(() -> appMetadata.flatMap(m -> text(Optional.ofNullable(m.get("workspace_id")))))
                .orElse(subject);
        Role role = appMetadata.flatMap(m -> text(Optional.ofNullable(m.get("crm_role"))))
                .map(JwtAuthenticator::role).orElse(Role.MEMBER);
        try {
            return new Actor(new WorkspaceId(workspace), new UserId(subject), role);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Token has an invalid subject or workspace");
        }
    }

    private Jwt verified(String token) {
        SignedJwt signed;
        try {
            signed = SignedJwt.parseToken(token);
        } catch (RuntimeException e) {
            throw unauthorized("Malformed token");
        }
        if (!signed.getJwt().headers().algorithm().filter(JwkOctet.ALG_HS256::equals).isPresent()) {
            throw unauthorized("Token must be signed with HS256");
        }
        Errors signature = signed.verifySignature(NO_KEY_IDS, key);
        if (!signature.isValid()) {
            throw unauthorized("Invalid token signature");
        }
        Jwt jwt = signed.getJwt();
        Instant now = clock.instant();
        JwtValidator timeValidator = JwtValidator.builder()
                .addExpirationValidator(b -> b.now(now).allowedTimeSkew(CLOCK_SKEW).mandatory(true))
                .addNotBeforeValidator(b -> b.now(now).allowedTimeSkew(CLOCK_SKEW))
                .build();
        if (!timeValidator.validate(jwt).isValid()) {
            throw unauthorized("Token is expired or not yet valid");
        }
        return jwt;
    }

    private record Verified(Actor actor, Instant validUntil) {
    }

    private static Optional<String> text(Optional<JsonValue> value) {
        return value.filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString()).filter(s -> !s.isBlank());
    }

    private static Role role(String claim) {
        return switch (claim) {
            case "admin" -> Role.ADMIN;
            case "member" -> Role.MEMBER;
            default -> Role.VIEWER;
        };
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(Status.UNAUTHORIZED_401, message);
    }
}
