package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists of any length answer in bounded time: totals counted to 10,000 at most (then flagged a lower bound). */
class DeepListsApiTest {
    private static final int PAST_THE_BOUND = 10_001;

    private final String workspace = "ws-deep-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @ParameterizedTest
    @ValueSource(strings = {"contacts", "opportunities", "calendar events", "activities", "submissions"})
    void aTotalPastTenThousandIsReportedAsALowerBound(String list) throws SQLException {
        String path = seed(list, PAST_THE_BOUND);

        JsonNode pagination = api.get(path + "?limit=5").json().path("pagination");

        assertThat(pagination.path("total").asLong()).isEqualTo(10_000);
        assertThat(pagination.path("totalIsLowerBound").asBoolean()).isTrue();
        assertThat(pagination.path("totalPages").asLong()).isEqualTo(2_000);
    }

    @Test
    void aTotalWithinTheBoundIsExactAndUnflagged() throws SQLException {
        String path = seed("contacts", 10_000);

        JsonNode pagination = api.get(path).json().path("pagination");

        assertThat(pagination.path("total").asLong()).isEqualTo(10_000);
        assertThat(pagination.has("totalIsLowerBound")).isFalse();
    }

    @Test
    void aPageReachingPastTenThousandRecordsIsA400PointingToTheCursor() {
        JsonNode body = ErrorFormat.assertError(api.get("/api/v1/leads?page=101&limit=100"), 400, "/api/v1/leads");

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("page");
        assertThat(body.at("/errors/0/message").asText()).contains("10000", "next_cursor");
        assertThat(api.get("/api/v1/leads?page=100&limit=100").status()).isEqualTo(200);
    }

    @Test
    void theRecordsPastTheTenThousandthAreReachedByCursor() throws SQLException {
        String path = seed("contacts", PAST_THE_BOUND);
        JsonNode last = api.get(path + "?page=100&limit=100&sort=first_name&order=asc").json();

        JsonNode deeper = api.get(path + "?limit=100&cursor=" + last.at("/pagination/next_cursor").asText()).json();

        assertThat(deeper.path("data")).hasSize(1);
        assertThat(deeper.at("/pagination/next_cursor").isNull()).isTrue();
        assertThat(deeper.at("/data/0/first_name").asText())
                .isGreaterThan(last.at("/data/99/first_name").asText());
    }

    @Test
    void aCursorIsRefusedWithAPageNumberASearchAnotherSortOrJunk() {
        String cursor = api.get("/api/v1/leads?limit=1").json().at("/pagination/next_cursor").asText("");
        api.createLead("{\"name\":\"One\"}");
        api.createLead("{\"name\":\"Two\"}");
        String given = api.get("/api/v1/leads?limit=1").json().at("/pagination/next_cursor").asText();

        assertThat(cursor).isEmpty();
        assertField(api.get("/api/v1/leads?page=2&cursor=" + given), "page");
        assertField(api.get("/api/v1/leads?q=one&cursor=" + given), "cursor");
        assertField(api.get("/api/v1/leads?sort=name&cursor=" + given), "cursor");
        assertField(api.get("/api/v1/leads?cursor=bm90LWEtY3Vyc29y"), "cursor");
    }

    private static void assertField(Api.Answer answer, String field) {
        assertThat(ErrorFormat.fieldsInError(ErrorFormat.assertError(answer, 400, "/api/v1/leads"))).isEqualTo(field);
    }

    /** {@code rows} records of the list in this workspace, inserted in one statement; returns the list's path. */
    private String seed(String list, int rows) throws SQLException {
        return switch (list) {
            case "contacts" -> insert("/api/v1/contacts", """
                    insert into contacts (id, workspace_id, first_name, created_by, created_at, updated_at, version)
                    select uuidv7(), ?, 'Contact ' || g, 'seed', now(), now(), 1 from generate_series(1, ?) g""", rows);
            case "opportunities" -> insert("/api/v1/opportunities", """
                    insert into opportunities (id, workspace_id, name, lead_id, currency, stage, created_by, created_at,
                                               updated_at, version)
                    select uuidv7(), ?, 'Deal ' || g, gen_random_uuid(), 'USD', 'PROSPECTING', 'seed', now(), now(), 1
                    from generate_series(1, ?) g""", rows);
            case "calendar events" -> insert("/api/v1/calendar/events", """
                    insert into calendar_events (id, workspace_id, title, start_at, end_at, created_by, created_at,
                                                 updated_at, version)
                    select uuidv7(), ?, 'Call ' || g, now(), now() + interval '1 hour', 'seed', now(), now(), 1
                    from generate_series(1, ?) g""", rows);
            case "activities" -> insert("/api/v1/analytics/activity", """
                    insert into activities (id, workspace_id, entity_type, entity_id, type, occurred_at, summary)
                    select gen_random_uuid(), ?, 'lead', g::text, 'lead.created', now(), 'Lead ' || g
                    from generate_series(1, ?) g""", rows);
            case "submissions" -> {
                String form = api.post("/api/v1/forms", "{\"name\":\"F\",\"fields\":[{\"name\":\"e\",\"label\":\"E\","
                        + "\"type\":\"email\"}]}").json().at("/data/id").asText();
                yield insert("/api/v1/forms/" + form + "/submissions", """
                        insert into form_submissions (id, workspace_id, form_id, submitted_values, lead_id, submitted_at)
                        select gen_random_uuid(), ?, '%s', '{}', gen_random_uuid(), now()
                        from generate_series(1, ?) g""".formatted(form), rows);
            }
            default -> throw new IllegalArgumentException(list);
        };
    }

    private String insert(String path, String sql, int rows) throws SQLException {
        TestServer.baseUrl(); // the service is up, its migrations applied
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, workspace);
            insert.setInt(2, rows);
            insert.executeUpdate();
        }
        return path;
    }
}
