package com.axolop.crm.bootstrap;

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

/** Integrations end to end: events published masked, credentials encrypted at rest (the routes: IntegrationRoutesTest). */
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
