package com.axolop.crm.adapter.rest.auth;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.me.Identity;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.http.Status;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkKeys;
import io.helidon.security.jwt.jwk.JwkOctet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Verifies Supabase-style HS256 bearer tokens: the header's alg and the signature first, and only then the
 * claims, read strictly (see {@link TokenClaims}): exp (required) and nbf with 60 s of clock skew, a lifetime of at
 * most {@link TokenRules#maxLifetime}, aud and iss as the {@link TokenRules} ask. The workspace is
 * app_metadata.workspace_id (or a top-level workspace_id first, when the rules allow it), else the subject; the
 * role is app_metadata.crm_role (the rules' default role when absent; an unknown role gets the least rights,
 * viewer). Every failure is a 401. The caller's {@link Identity} also carries the token's email claim (when it is a
 * non-blank string; anything else there is ignored, as before the claim was read) and its expiry.
 */
public class JwtAuthenticator {
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final JwkKeys NO_KEY_IDS = JwkKeys.builder().build();
    private static final int MAX_CACHED_TOKENS = 10_000;
    private static final int MAX_TOKEN_CHARS = 8192;
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final JwkOctet key;
    private final Clock clock;
    private final TokenRules rules;
    // Clients resend the same token for its whole life: verifying it once saves the HMAC and the JSON
    // parsing on every later request (measured at about a tenth of a list request's CPU).
    private final Map<String, Verified> verifiedTokens = new ConcurrentHashMap<>();

    public JwtAuthenticator(byte[] secret, Clock clock, TokenRules rules) {
        this.key = HmacKeys.hs256(secret);
        this.clock = clock;
        this.rules = Objects.requireNonNull(rules);
    }

    /** With {@link TokenRules#DEFAULTS}. */
    public JwtAuthenticator(byte[] secret, Clock clock) {
        this(secret, clock, TokenRules.DEFAULTS);
    }

    /** The caller of a token verified before and still valid: no parsing, no HMAC; empty for any other header. */
    public Optional<Identity> known(String authorization) {
        if (authorization == null || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Verified cached = verifiedTokens.get(authorization.substring(7).strip());
        return cached != null && clock.instant().isBefore(cached.validUntil())
                ? Optional.of(cached.identity()) : Optional.empty();
    }

    public Actor authenticate(String authorization) {
        return identify(authorization).actor();
    }

    public Identity identify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("Authentication required");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("Authorization header must be: Bearer <token>");
        }
        String token = authorization.substring(7).strip();
        Verified cached = verifiedTokens.get(token);
        if (cached != null && clock.instant().isBefore(cached.validUntil())) {
            return cached.identity();
        }
        Verified verified;
        try {
            verified = verify(token);
        } catch (ApiException refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            // Whatever a hostile token makes a parser throw, it is still only a bad token.
            throw unauthorized("Malformed token");
        }
        if (verifiedTokens.size() >= MAX_CACHED_TOKENS) {
            verifiedTokens.clear();
        }
        verifiedTokens.put(token, verified);
        return verified.identity();
    }

    private Verified verify(String token) {
        if (token.length() > MAX_TOKEN_CHARS || !COMPACT_JWS.matcher(token).matches()) {
            throw unauthorized("Malformed token");
        }
        String[] parts = token.split("\\.", -1);
        checkHeader(parts[0]);
        SignedJwt signed;
        try {
            signed = SignedJwt.parseToken(token);
        } catch (RuntimeException e) {
            throw unauthorized("Malformed token");
        }
        if (!signed.verifySignature(NO_KEY_IDS, key).isValid()) {
            throw unauthorized("Invalid token signature");
        }
        TokenClaims claims;
        Instant expires;
        Actor actor;
        try {
            claims = TokenClaims.decode(parts[1]);
            expires = claims.instant("exp");
            checkTimes(expires, claims.instant("nbf"), claims.instant("iat"));
            checkAudienceAndIssuer(claims);
            actor = actor(claims);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed token claims");
        }
        return new Verified(Identity.token(actor, claims.optionalText("email"), expires), expires.plus(CLOCK_SKEW));
    }

    // Only HS256 is accepted, and no critical extension we would have to understand.
    private static void checkHeader(String encodedHeader) {
        TokenClaims header;
        String algorithm;
        try {
            header = TokenClaims.decode(encodedHeader);
            algorithm = header.text("alg");
            header.text("typ");
            header.text("kid");
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed token");
        }
        if (!JwkOctet.ALG_HS256.equals(algorithm)) {
            throw unauthorized("Token must be signed with HS256");
        }
        if (header.has("crit")) {
            throw unauthorized("Malformed token");
        }
    }

    private void checkTimes(Instant expires, Instant notBefore, Instant issued) {
        Instant now = clock.instant();
        if (expires == null || !now.isBefore(expires.plus(CLOCK_SKEW))
                || (notBefore != null && now.isBefore(notBefore.minus(CLOCK_SKEW)))) {
            throw unauthorized("Token is expired or not yet valid");
        }
        Instant from = issued == null || issued.isAfter(now) ? now : issued;
        if (Duration.between(from, expires).compareTo(rules.maxLifetime()) > 0) {
            throw unauthorized("Token lives longer than allowed");
        }
    }

    private void checkAudienceAndIssuer(TokenClaims claims) {
        if (rules.audience() != null && !claims.audiences().contains(rules.audience())) {
            throw unauthorized("Token is not meant for this service");
        }
        if (rules.issuer() != null && !rules.issuer().equals(claims.text("iss"))) {
            throw unauthorized("Token has another issuer");
        }
    }

    private Actor actor(TokenClaims claims) {
        String subject = claims.text("sub");
        if (subject == null) {
            throw unauthorized("Token has no subject");
        }
        TokenClaims appMetadata = claims.object("app_metadata");
        String claimed = claims.text("workspace_id"); // read even when ignored: a malformed claim is refused
        String topLevelWorkspace = rules.topLevelWorkspace() ? claimed : null;
        String appWorkspace = appMetadata.text("workspace_id");
        String role = appMetadata.text("crm_role");
        String workspace = topLevelWorkspace != null ? topLevelWorkspace : appWorkspace != null ? appWorkspace : subject;
        try {
            return new Actor(new WorkspaceId(workspace), new UserId(subject),
                    role == null ? rules.defaultRole() : role(role));
        } catch (IllegalArgumentException e) {
            throw unauthorized("Token has an invalid subject or workspace");
        }
    }

    private record Verified(Identity identity, Instant validUntil) {
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
