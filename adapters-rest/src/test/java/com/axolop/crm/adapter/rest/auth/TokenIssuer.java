package com.axolop.crm.adapter.rest.auth;

import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkOctet;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs tokens the way Supabase does (aud "authenticated", the workspace and role in app_metadata), for dev mode's
 * printed token and for tests. A test fixture (shared by
 * this module's test-jar) so that the service itself cannot mint tokens.
 */
public class TokenIssuer {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JwkOctet key;
    private final byte[] secret;
    private final Clock clock;

    public TokenIssuer(byte[] secret, Clock clock) {
        this.key = HmacKeys.hs256(secret);
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String issue(String subject, String workspace, String role, Duration validFor) {
        Instant now = clock.instant();
        var appMetadata = Json.createObjectBuilder().add("crm_role", role);
        if (workspace != null) {
            appMetadata.add("workspace_id", workspace);
        }
        Jwt jwt = Jwt.builder()
                .algorithm(JwkOctet.ALG_HS256)
                .type("JWT")
                .subject(subject)
                .issueTime(now)
                .expirationTime(now.plus(validFor))
                .addAudience("authenticated")
                .addPayloadClaim("role", "authenticated")
                .addPayloadClaim("app_metadata", appMetadata.build())
                .build();
        return SignedJwt.sign(jwt, key).tokenContent();
    }

    /** Any header and claims, as raw JSON text, correctly signed with HMAC-SHA256 (whatever the header says). */
    public String signRaw(String headerJson, String claimsJson) {
        String signingInput = B64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
