package com.axolop.crm.adapter.rest.auth;

import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.JwkOctet;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs tokens the way Supabase does, for dev mode's printed token and for tests. A test fixture (shared by
 * this module's test-jar) so that the service itself cannot mint tokens.
 */
public class TokenIssuer {
    private final JwkOctet key;
    private final Clock clock;

    public TokenIssuer(byte[] secret, Clock clock) {
        this.key = HmacKeys.hs256(secret);
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
                .addPayloadClaim("role", "authenticated")
                .addPayloadClaim("app_metadata", appMetadata.build())
                .build();
        return SignedJwt.sign(jwt, key).tokenContent();
    }
}
