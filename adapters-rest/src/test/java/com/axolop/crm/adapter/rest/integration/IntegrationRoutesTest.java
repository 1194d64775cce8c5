package com.axolop.crm.adapter.rest.integration;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/integrations} over the fakes: admins only, credentials never returned (each value masked),
 * kept when an update leaves them out, field-by-field 400s, another workspace's integration a 404.
 */
class IntegrationRoutesTest extends RoutesTest {
    private static final String INTEGRATIONS = "/api/v1/integrations";
    private static final String API_KEY = "sk_live_51HxQ2eXampleKey9f3a";
    private static final String BODY = "{\"provider\":\"stripe\",\"name\":\"Billing\",\"credentials\":{\"api_key\":\""
            + API_KEY + "\",\"pin\":\"1234\"},\"config\":{\"region\":\"eu\"}}";

    private final TestApi admin = withRole("admin");

    IntegrationRoutesTest(DirectClient client) {
        super(client);
    }

    private String create() {
        TestApi.Answer created = admin.post(INTEGRATIONS, BODY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.data().path("id").asText();
    }

    @Test
    void credentialsAreOnlyEverShownMasked() {
        TestApi.Answer created = admin.post(INTEGRATIONS, BODY);
        String id = created.data().path("id").asText();

        assertThat(created.data().at("/credentials/api_key").asText()).isEqualTo("****9f3a");
        assertThat(created.data().at("/credentials/pin").asText()).isEqualTo("****");
        assertThat(created.data().at("/config/region").asText()).isEqualTo("eu");
        for (TestApi.Answer read : List.of(created, admin.get(INTEGRATIONS + "/" + id),
                admin.get(INTEGRATIONS + "?provider=stripe"))) {
            assertThat(read.body()).doesNotContain(API_KEY).doesNotContain("1234").contains("****9f3a");
        }
    }

    @Test
    void anUpdateWithoutCredentialsKeepsThemAndAMaskedValueIsRefused() {
        String id = create();

        TestApi.Answer renamed = admin.put(INTEGRATIONS + "/" + id, "{\"provider\":\"stripe\",\"name\":\"Billing EU\"}");

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.data().at("/credentials/api_key").asText()).isEqualTo("****9f3a");
        JsonNode error = assertError(admin.put(INTEGRATIONS + "/" + id, "{\"provider\":\"stripe\",\"name\":\"B\","
                + "\"credentials\":{\"api_key\":\"****9f3a\"}}"), 400, INTEGRATIONS + "/" + id);
        assertThat(fieldsInError(error)).containsExactly("credentials");
        assertThat(admin.get(INTEGRATIONS + "/" + id).data().path("name").asText()).isEqualTo("Billing EU");
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "viewer"})
    void onlyAdminsReachAnyIntegrationRoute(String role) {
        String id = create();
        TestApi other = withRole(role);
        String at = INTEGRATIONS + "/" + id;

        assertError(other.get(INTEGRATIONS), 403, INTEGRATIONS);
        assertError(other.post(INTEGRATIONS, BODY), 403, INTEGRATIONS);
        assertError(other.get(at), 403, at);
        assertError(other.put(at, BODY), 403, at);
        assertError(other.delete(at), 403, at);
        assertThat(admin.get(at).status()).isEqualTo(200);
    }

    @Test
    void anotherWorkspacesIntegrationIsNotFound() {
        String at = INTEGRATIONS + "/" + create();
        TestApi otherAdmin = anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "admin"));

        assertError(otherAdmin.get(at), 404, at);
        assertError(otherAdmin.put(at, BODY), 404, at);
        assertError(otherAdmin.delete(at), 404, at);
        assertThat(otherAdmin.get(INTEGRATIONS).json().at("/pagination/total").asLong()).isZero();
        assertThat(admin.get(at).status()).isEqualTo(200);
    }

    @Test
    void refusesBadIntegrationsFieldByField() {
        JsonNode error = assertError(admin.post(INTEGRATIONS, "{\"provider\":\"Stripe!\",\"name\":\"\","
                + "\"credentials\":{\"api_key\":7},\"config\":[]}"), 400, INTEGRATIONS);

        assertThat(fieldsInError(error)).contains("provider", "name", "credentials", "config");
        assertThat(fieldsInError(assertError(admin.post(INTEGRATIONS, "{\"provider\":\"stripe\",\"name\":\"x\"}"),
                400, INTEGRATIONS))).containsExactly("credentials");
        assertThat(admin.get(INTEGRATIONS).json().at("/pagination/total").asLong()).isZero();
    }
}
