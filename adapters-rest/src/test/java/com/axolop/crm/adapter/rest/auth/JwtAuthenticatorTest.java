package com.axolop.crm.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.application.shared.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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
}
