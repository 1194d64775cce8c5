package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** API keys end to end: PostgreSQL holds only hashes, a revocation reaches every instance within 1 s, no log shows a key. */
class ApiKeysApiTest {
    private static final String KEYS = "/api/v1/api-keys";
    private static final String LEADS = "/api/v1/leads";

    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api admin = Api.as(TestTokens.withRole(workspace, "admin"));

    private JsonNode createKey(String role) {
        Api.Answer created = admin.post(KEYS, "{\"name\": \"ci\", \"role\": \"" + role + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("data");
    }

    @Test
    void aKeyWorksThroughEitherHeaderUntilItIsRevoked() {
        JsonNode key = createKey("member");
        String secret = key.path("key").asText();

        assertThat(Api.as(secret).createLead("{\"name\": \"Acme\"}")).isNotBlank();
        assertThat(Api.anonymous().get(LEADS, "X-API-Key", secret).json().at("/pagination/total").asLong()).isOne();
        assertThat(admin.delete(KEYS + "/" + key.path("id").asText()).status()).isEqualTo(204);

        assertError(Api.as(secret).get(LEADS), 401, LEADS);
        assertError(Api.anonymous().get(LEADS, "X-API-Key", secret), 401, LEADS);
    }

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedOnAnotherWithinOneSecond() throws InterruptedException {
        JsonNode key = createKey("viewer");
        Api byKey = Api.as(key.path("key").asText());
        try (Application other = TestServer.start(Map.of())) {
            Api elsewhere = byKey.on(TestServer.url(other));
            assertThat(elsewhere.get(LEADS).status()).isEqualTo(200); // the other instance now remembers the key

            assertThat(admin.delete(KEYS + "/" + key.path("id").asText()).status()).isEqualTo(204);
            Thread.sleep(1_000); // the bound: a key is remembered for at most 1 s after it was read

            assertError(elsewhere.get(LEADS), 401, LEADS);
        }
    }

    @Test
    void theDatabaseHoldsTheKeysHashButNeverTheKey() throws SQLException {
        JsonNode key = createKey("member");
        String secret = key.path("key").asText();
        Api.as(secret).get(LEADS);

        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("select api_keys::text from api_keys")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }

        assertThat(rows).isNotEmpty().noneMatch(row -> row.contains(secret.substring("axolop_".length())));
        assertThat(rows).anyMatch(row -> row.contains(key.path("id").asText()) && row.contains(key.path("prefix").asText()));
    }

    @Test
    void theListShowsWhenAKeyWasLastUsed() {
        JsonNode key = createKey("member");
        Api.as(key.path("key").asText()).get(LEADS);

        JsonNode listed = admin.get(KEYS).json().path("data").get(0);

        assertThat(listed.path("id").asText()).isEqualTo(key.path("id").asText());
        assertThat(listed.path("last_used_at").asText()).isNotBlank();
    }

    @Test
    void theKeyHeaderTwiceIs400() throws Exception {
        String secret = createKey("member").path("key").asText();
        var request = new HostileRequests.Request("GET", LEADS,
                List.of(new String[] {"X-API-Key", secret}, new String[] {"X-API-Key", secret}), null);

        RawHttp.Response answer = RawHttp.send(URI.create(TestServer.baseUrl()).getPort(), request);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void meNamesTheKeyACallerCameWith() {
        JsonNode key = createKey("viewer");

        JsonNode me = Api.anonymous().get("/api/v1/me", "X-API-Key", key.path("key").asText()).json().path("data");

        assertThat(me.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(me.path("role").asText()).isEqualTo("viewer");
        assertThat(me.at("/api_key/name").asText()).isEqualTo("ci");
        assertThat(me.at("/api_key/prefix").asText()).isEqualTo(key.path("prefix").asText());
    }

    @Test
    void noLogLineShowsAKeyWhetherItWorksOrNot() throws InterruptedException {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        var lines = new ListAppender<ILoggingEvent>();
        lines.setContext(root.getLoggerContext());
        lines.start();
        root.addAppender(lines);
        Logger access = root.getLoggerContext().getLogger("access");
        Level accessLevel = access.getLevel();
        access.setLevel(Level.INFO); // the tests' configuration keeps it quiet
        JsonNode key = createKey("viewer");
        String secret = key.path("key").asText();
        String unknown = "axolop_" + "Z".repeat(43);
        try {
            Api.as(secret).get(LEADS);
            Api.anonymous().get(LEADS, "X-API-Key", secret);
            Api.as(secret).post(LEADS, "{\"name\": \"refused: a viewer\"}");
            Api.as(secret).post(LEADS, "{not json");
            Api.anonymous().get(LEADS, "X-API-Key", unknown);
            Api.as(unknown).get("/api/v1/nowhere");
            admin.delete(KEYS + "/" + key.path("id").asText());
            Api.as(secret).get(LEADS);
            waitForAccessLines(lines, 9);
        } finally {
            access.setLevel(accessLevel);
            root.detachAppender(lines);
        }

        var encoder = new JsonEncoder();
        encoder.setContext(root.getLoggerContext());
        encoder.start();
        assertThat(lines.list).isNotEmpty().allSatisfy(event -> assertThat(
                new String(encoder.encode(event), StandardCharsets.UTF_8))
                .doesNotContain(secret.substring(15)).doesNotContain(unknown.substring(15)));
    }

    private static void waitForAccessLines(ListAppender<ILoggingEvent> lines, int count) throws InterruptedException {
        for (int i = 0; i < 50 && accessLines(lines) < count; i++) {
            Thread.sleep(100);
        }
        assertThat(accessLines(lines)).isGreaterThanOrEqualTo(count);
    }

    private static long accessLines(ListAppender<ILoggingEvent> lines) {
        synchronized (lines) {
            return List.copyOf(lines.list).stream().filter(event -> event.getLoggerName().equals("access")).count();
        }
    }
}
