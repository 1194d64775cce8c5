package com.axolop.crm.adapter.rest.me;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.auth.TokenIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/me}: the caller as it authenticated, by token or by API key. */
class MeRoutesTest extends RoutesTest {
    private static final String ME = "/api/v1/me";

    MeRoutesTest(DirectClient client) {
        super(client);
    }

    @Test
    void aTokensCallerIsItsUserWorkspaceRoleAndExpiry() {
        JsonNode me = api.get(ME).data();

        assertThat(me.path("user_id").asText()).isEqualTo("user-" + workspace);
        assertThat(me.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(me.path("role").asText()).isEqualTo("member");
        assertThat(me.path("email").isNull()).isTrue();
        assertThat(me.path("token_expires_at").asText())
                .isEqualTo(BACKEND.clock.instant().plus(Duration.ofHours(1)).toString());
        assertThat(me.path("api_key").isNull()).isTrue();
    }

    @Test
    void theTokensEmailIsShownWhenItHasOne() {
        String claims = "{\"sub\": \"u-9\", \"email\": \"ana@example.com\", \"aud\": \"authenticated\", \"exp\": "
                + BACKEND.clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond()
                + ", \"app_metadata\": {\"workspace_id\": \"" + workspace + "\", \"crm_role\": \"viewer\"}}";
        String token = new TokenIssuer(FakeBackend.JWT_SECRET, BACKEND.clock)
                .signRaw("{\"alg\": \"HS256\", \"typ\": \"JWT\"}", claims);

        JsonNode me = anonymous.as(token).get(ME).data();

        assertThat(me.path("email").asText()).isEqualTo("ana@example.com");
        assertThat(me.path("role").asText()).isEqualTo("viewer");
    }

    @Test
    void aKeysCallerIsTheKeyWithItsNameAndPrefix() {
        JsonNode key = withRole("admin").post("/api/v1/api-keys", "{\"name\": \"zapier\", \"role\": \"viewer\"}")
                .data();

        JsonNode me = anonymous.get(ME, "X-API-Key", key.path("key").asText()).data();

        assertThat(me.path("user_id").asText()).isEqualTo("api-key:" + key.path("id").asText());
        assertThat(me.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(me.path("role").asText()).isEqualTo("viewer");
        assertThat(me.path("token_expires_at").isNull()).isTrue();
        assertThat(me.path("api_key").path("name").asText()).isEqualTo("zapier");
        assertThat(me.path("api_key").path("prefix").asText()).isEqualTo(key.path("prefix").asText());
    }

    @Test
    void anAnonymousCallerIs401() {
        assertError(anonymous.get(ME), 401, ME);
    }
}
