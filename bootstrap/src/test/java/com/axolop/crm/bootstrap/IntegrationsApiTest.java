package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Integrations: credentials encrypted at rest, never returned, shown masked. */
class IntegrationsApiTest {
    private static final String API_KEY = "sk_live_51HxQ2eXampleKey9f3a";
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api admin = Api.as(TestTokens.withRole(workspace, "admin"));

    private JsonNode create() {
        Api.Answer created = admin.post("/api/v1/integrations", "{\"provider\":\"stripe\",\"name\":\"Billing\","
                + "\"credentials\":{\"api_key\":\"" + API_KEY + "\",\"pin\":\"1234\"},\"config\":{\"region\":\"eu\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("data");
    }

    @Test
    void showsCredentialsOnlyMasked() {
        JsonNode created = create();

        assertThat(created.at("/credentials/api_key").asText()).isEqualTo("****9f3a");
        assertThat(created.at("/credentials/pin").asText()).isEqualTo("****");
        assertThat(created.at("/config/region").asText()).isEqualTo("eu");
        Api.Answer read = admin.get("/api/v1/integrations/" + created.path("id").asText());
        assertThat(read.body()).doesNotContain(API_KEY).contains("****9f3a");
        assertThat(admin.get("/api/v1/integrations?provider=stripe").body()).doesNotContain(API_KEY)
                .contains(created.path("id").asText());
    }

    @Test
    void anUpdateWithoutCredentialsKeepsThemAndAMaskedValueIsRefused() {
        String id = create().path("id").asText();

        Api.Answer renamed = admin.put("/api/v1/integrations/" + id, "{\"provider\":\"stripe\",\"name\":\"Billing EU\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().at("/data/credentials/api_key").asText()).isEqualTo("****9f3a");

        JsonNode error = assertError(admin.put("/api/v1/integrations/" + id, "{\"provider\":\"stripe\",\"name\":\"B\","
                + "\"credentials\":{\"api_key\":\"****9f3a\"}}"), 400, "/api/v1/integrations/" + id);
        assertThat(error.path("errors").findValuesAsText("field")).containsExactly("credentials");
    }

    @Test
    void writesPublishIntegrationEventsMatchingTheirSchemasWithCredentialsMasked() {
        try (var tap = new EventTap(workspace, "crm.integration")) {
            String id = create().path("id").asText();
            admin.put("/api/v1/integrations/" + id, "{\"provider\":\"stripe\",\"name\":\"Billing EU\"}");
            admin.delete("/api/v1/integrations/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("integration.created", "integration.updated", "integration.deleted");
            assertThat(events).allSatisfy(event -> {
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
                assertThat(event.value()).doesNotContain(API_KEY);
            });
        }
    }

    @Test
    void onlyAdminsManageIntegrations() {
        Api member = Api.as(TestTokens.member(workspace));
        assertError(member.get("/api/v1/integrations"), 403, "/api/v1/integrations");
        assertError(member.post("/api/v1/integrations", "{\"provider\":\"stripe\",\"name\":\"x\","
                + "\"credentials\":{\"api_key\":\"k\"}}"), 403, "/api/v1/integrations");
    }

    @Test
    void theDatabaseHoldsOnlyCiphertext() throws SQLException {
        String id = create().path("id").asText();

        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement select = connection.prepareStatement(
                     "select t::text, credentials from integrations t where id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).doesNotContain(API_KEY).doesNotContain("1234\"");
                assertThat(row.getString(2)).startsWith("v1:");
            }
        }
    }
}
