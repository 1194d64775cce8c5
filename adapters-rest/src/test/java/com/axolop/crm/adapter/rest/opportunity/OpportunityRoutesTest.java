package com.axolop.crm.adapter.rest.opportunity;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static com.axolop.crm.adapter.rest.ErrorFormat.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.ExportRoutesContract;
import com.axolop.crm.adapter.rest.FakeBackend;
import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/opportunities}: the record and export contracts, then what only opportunities do. */
class OpportunityRoutesTest extends RecordRoutesContract implements ExportRoutesContract {
    private String lead;

    OpportunityRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/opportunities";
    }

    @Override
    public String validBody() {
        return "{\"name\":\"Acme renewal\",\"lead_id\":\"" + lead() + "\",\"value\":5000,\"probability\":20,"
                + "\"expected_close_date\":\"2024-09-30\",\"tags\":[\"q3\"],\"custom_fields\":{\"source\":\"fair\"}}";
    }

    @Override
    public String changedBody() {
        return body("Acme renewal 2025", "PROPOSAL");
    }

    @Override
    public String exportName() {
        return "opportunities";
    }

    @Override
    public String csvHeaderStart() {
        return "\"id\",\"name\",\"lead_id\",\"contact_id\",\"value\",\"currency\",\"stage\",\"probability\"";
    }

    private String lead() {
        if (lead == null) {
            lead = api.create("/api/v1/leads", "{\"name\":\"Acme\"}");
        }
        return lead;
    }

    private String body(String name, String stage) {
        return "{\"name\":\"" + name + "\",\"lead_id\":\"" + lead() + "\",\"stage\":\"" + stage + "\"}";
    }

    private JsonNode put(String id, String json) {
        TestApi.Answer updated = api.put(at(id), json);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        return updated.data();
    }

    private List<String> names(String query) {
        TestApi.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.listed("name");
    }

    @Test
    void aNewOpportunityIsProspectingInUsdOwnedByItsCreatorAndOpen() {
        JsonNode created = api.post(path(), "{\"name\":\"Deal\",\"lead_id\":\"" + lead() + "\"}").data();

        assertThat(created.path("stage").asText()).isEqualTo("PROSPECTING");
        assertThat(created.path("currency").asText()).isEqualTo("USD");
        assertThat(created.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(created.path("closed_at").isNull()).isTrue();
        assertThat(created.path("probability").isNull()).isTrue();
        assertThat(created.path("contact_id").isNull()).isTrue();
    }

    @Test
    void closedAtIsTheServersAndNeverReadFromTheBody() {
        JsonNode created = api.post(path(), "{\"name\":\"Deal\",\"lead_id\":\"" + lead() + "\","
                + "\"closed_at\":\"2020-01-01T00:00:00Z\"}").data();

        assertThat(created.path("closed_at").isNull()).isTrue();
    }

    @Test
    void closingSetsClosedAtAndReopeningClearsIt() {
        String id = api.create(path(), body("Deal", "NEGOTIATION"));

        JsonNode won = put(id, body("Deal", "CLOSED_WON"));
        JsonNode stillWon = put(id, body("Deal (signed)", "CLOSED_WON"));
        JsonNode reopened = put(id, body("Deal", "NEGOTIATION"));

        assertThat(won.path("closed_at").asText()).isEqualTo(FakeBackend.START.toString());
        assertThat(stillWon.path("closed_at").asText()).isEqualTo(won.path("closed_at").asText());
        assertThat(reopened.path("closed_at").isNull()).isTrue();
    }

    @Test
    void needsALeadOrAContact() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"Deal\"}"), 400, path());

        assertThat(body.path("errors").toString())
                .isEqualTo("[{\"field\":\"lead_id\",\"message\":\"lead_id or contact_id is required\"}]");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"name":" ","lead_id":"123","contact_id":7,"value":-1,"currency":"usd","stage":"WON",
                 "probability":12.5,"expected_close_date":"30/09/2024","lost_reason":[],"tags":"q3",
                 "custom_fields":[],"owner":1}"""), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("name", "lead_id", "contact_id", "value", "currency",
                "stage", "probability", "expected_close_date", "lost_reason", "tags", "custom_fields", "owner");
    }

    @Test
    void probabilityIsAWholePercentage() {
        String prefix = "{\"name\":\"D\",\"lead_id\":\"" + lead() + "\",\"probability\":";

        assertThat(messageFor(assertError(api.post(path(), prefix + "12.5}"), 400, path()), "probability"))
                .isEqualTo("probability must be an integer");
        assertThat(messageFor(assertError(api.post(path(), prefix + "101}"), 400, path()), "probability"))
                .isEqualTo("probability must be an integer between 0 and 100");
        assertThat(api.post(path(), prefix + "100}").status()).isEqualTo(201);
    }

    @Test
    void theLeadAndContactMustExistInTheWorkspace() {
        String foreignLead = stranger().create("/api/v1/leads", "{\"name\":\"Other\"}");

        JsonNode badLead = assertError(api.post(path(), "{\"name\":\"D\",\"lead_id\":\"" + foreignLead + "\"}"), 400, path());
        JsonNode badContact = assertError(api.post(path(), "{\"name\":\"D\",\"contact_id\":\"" + UUID.randomUUID() + "\"}"),
                400, path());

        assertThat(fieldsInError(badLead)).containsExactly("lead_id");
        assertThat(messageFor(badContact, "contact_id")).isEqualTo("contact_id does not exist in this workspace");
    }

    @Test
    void aContactOfTheWorkspaceIsEnoughOfAReference() {
        String contact = api.create("/api/v1/contacts", "{\"first_name\":\"Jane\"}");

        TestApi.Answer created = api.post(path(), "{\"name\":\"D\",\"contact_id\":\"" + contact + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.data().path("lead_id").isNull()).isTrue();
    }

    @Test
    void filtersByStageValueRangeAndExpectedCloseRangeInclusively() {
        api.create(path(), "{\"name\":\"A\",\"lead_id\":\"" + lead() + "\",\"value\":100,\"expected_close_date\":\"2024-06-01\"}");
        api.create(path(), "{\"name\":\"B\",\"lead_id\":\"" + lead() + "\",\"value\":500,\"expected_close_date\":\"2024-06-30\","
                + "\"stage\":\"PROPOSAL\"}");
        api.create(path(), "{\"name\":\"C\",\"lead_id\":\"" + lead() + "\",\"value\":900,\"expected_close_date\":\"2024-07-01\","
                + "\"stage\":\"PROPOSAL\"}");

        assertThat(names("?stage=PROPOSAL&sort=name&order=asc")).containsExactly("B", "C");
        assertThat(names("?minValue=100&maxValue=500&sort=value&order=asc")).containsExactly("A", "B");
        assertThat(names("?closeFrom=2024-06-01&closeTo=2024-06-30&sort=expected_close_date&order=desc"))
                .containsExactly("B", "A");
    }

    @Test
    void sortsByStageInPipelineOrder() {
        api.create(path(), body("Lost", "CLOSED_LOST"));
        api.create(path(), body("New", "PROSPECTING"));
        api.create(path(), body("Talks", "NEGOTIATION"));

        assertThat(names("?sort=stage&order=asc")).containsExactly("New", "Talks", "Lost");
    }

    @Test
    void badFiltersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?stage=WON&minValue=abc&closeFrom=2024-13-01&lead_id=x"),
                400, path());
        JsonNode ranges = assertError(api.get(path() + "?minValue=10&maxValue=5&closeFrom=2024-07-01&closeTo=2024-06-01"),
                400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("stage", "minValue", "closeFrom", "lead_id");
        assertThat(fieldsInError(ranges)).containsExactlyInAnyOrder("maxValue", "closeTo");
        assertThat(messageFor(ranges, "maxValue")).isEqualTo("maxValue must not be less than minValue");
    }

    @Test
    void theCsvExportWritesAmountsWithTheirScaleAndAppliesTheFilters() {
        api.create(path(), "{\"name\":\"=cmd\",\"lead_id\":\"" + lead() + "\",\"value\":10.5,\"stage\":\"CLOSED_WON\"}");
        api.create(path(), body("Open", "PROSPECTING"));

        List<String> lines = api.get(path() + "/export?stage=CLOSED_WON").body().lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",\"'=cmd\",\"" + lead() + "\",\"\",\"10.50\",\"USD\",\"CLOSED_WON\",");
    }
}
