package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lead endpoints end to end: HTTP in, PostgreSQL underneath; the record API contract, then what only leads do. */
class LeadsApiTest extends RecordApiContract {
    private static final String ACME = """
            {"name":"Acme Corp","email":"contact@acme.com","phone":"+1234567890","type":"B2B_COMPANY",
             "status":"NEW","value":50000,"tags":["hot"],"custom_fields":{"tier":"gold"}}""";

    @Override
    String path() {
        return "/api/v1/leads";
    }

    @Override
    String validBody() {
        return ACME;
    }

    @Override
    String changedBody() {
        return "{\"name\":\"Acme Inc\",\"status\":\"CONTACTED\"}";
    }

    @Test
    void createsALeadWith201LocationEtagAndDefaults() {
        Api.Answer created = api.post("/api/v1/leads", ACME);

        assertThat(created.status()).isEqualTo(201);
        JsonNode lead = created.json().path("data");
        assertThat(created.header("Location")).contains("/api/v1/leads/" + lead.path("id").asText());
        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(lead.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(lead.path("currency").asText()).isEqualTo("USD");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("50000");
        assertThat(lead.path("workspace_id").asText()).isEqualTo(workspace);
        assertThat(lead.path("created_by").asText()).isEqualTo("user-" + workspace);
        assertThat(lead.path("custom_fields").path("tier").asText()).isEqualTo("gold");
    }

    @Test
    void listsWithThePaginationEnvelopeFiltersAndSort() {
        api.createLead("{\"name\":\"B\",\"status\":\"QUALIFIED\",\"type\":\"PARTNER\"}");
        api.createLead("{\"name\":\"A\",\"status\":\"QUALIFIED\",\"type\":\"PARTNER\"}");
        api.createLead("{\"name\":\"C\",\"status\":\"NEW\",\"type\":\"PARTNER\"}");
        api.createLead("{\"name\":\"D\",\"status\":\"QUALIFIED\",\"type\":\"OTHER\"}");

        JsonNode page = api.get("/api/v1/leads?status=QUALIFIED&type=PARTNER&sort=name&order=asc&limit=1&page=2").json();

        assertThat(names(page.path("data"))).containsExactly("B");
        assertThat(page.at("/pagination/next_cursor").asText()).isNotBlank(); // a full page: it may go on
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) page.path("pagination")).without("next_cursor")
                .toString()).isEqualTo("{\"page\":2,\"limit\":1,\"total\":2,\"totalPages\":2}");
    }

    @Test
    void filtersByCreationDate() {
        api.createLead("{\"name\":\"today\"}");

        assertThat(names(api.get("/api/v1/leads?startDate=2000-01-01&endDate=2000-12-31").json().path("data")))
                .isEmpty();
        assertThat(names(api.get("/api/v1/leads?startDate=2000-01-01").json().path("data"))).containsExactly("today");
    }

    @Test
    void anotherWorkspacesLeadsAreNotExported() {
        api.createLead(ACME);
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        assertThat(stranger.get("/api/v1/leads/export?format=json").json()).isEmpty();
        assertThat(api.get("/api/v1/leads/export?format=json").json()).hasSize(1);
    }

    @Test
    void exportsCsvAsAnAttachmentWithFormulaCellsNeutralised() {
        api.createLead("{\"name\":\"=HYPERLINK(\\\"http://evil\\\")\",\"notes\":\"said \\\"hi\\\", then left\"}");
        api.createLead("{\"name\":\"Plain\",\"status\":\"LOST\"}");

        Api.Answer export = api.get("/api/v1/leads/export?format=csv&sort=name&order=asc");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\"id\",\"name\",\"email\"");
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains("\"said \"\"hi\"\", then left\"");
        assertThat(lines.get(2)).contains(",\"Plain\",");
    }

    @Test
    void exportsEveryCsvCellQuotedAndFormulasAfterASeparatorNeutralised() {
        api.createLead("""
                {"name":"Semi","notes":"x;=cmd|' /C calc'!A0","tags":["ok","@SUM(1)"],"custom_fields":{"a":"b;=c"}}""");

        List<String> lines = api.get("/api/v1/leads/export?format=csv").body().lines().toList();

        assertThat(lines).hasSize(2).allMatch(line -> line.matches("\"([^\"]|\"\")*\"(,\"([^\"]|\"\")*\")*"));
        assertThat(lines.get(1)).contains(",\"x;'=cmd|' /C calc'!A0\",", ",\"ok;'@SUM(1)\",", "b;'=c");
    }

    @Test
    void exportsJsonWithTheListFilters() {
        api.createLead("{\"name\":\"Kept\",\"status\":\"LOST\"}");
        api.createLead("{\"name\":\"Dropped\",\"status\":\"NEW\"}");

        JsonNode export = api.get("/api/v1/leads/export?format=json&status=LOST").json();

        assertThat(names(export)).containsExactly("Kept");
    }

    private static List<String> names(JsonNode leads) {
        List<String> names = new ArrayList<>();
        leads.forEach(lead -> names.add(lead.path("name").asText()));
        return names;
    }
}
