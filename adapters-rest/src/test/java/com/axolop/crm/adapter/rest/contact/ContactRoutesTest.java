package com.axolop.crm.adapter.rest.contact;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.ExportRoutesContract;
import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/contacts}: the record and export contracts, then what only contacts do. */
class ContactRoutesTest extends RecordRoutesContract implements ExportRoutesContract {
    ContactRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/contacts";
    }

    @Override
    public String validBody() {
        return "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"" + uniqueEmail() + "\",\"tags\":[\"vip\"],"
                + "\"custom_fields\":{\"tier\":\"gold\"}}";
    }

    @Override
    public String changedBody() {
        return "{\"first_name\":\"Janet\",\"title\":\"CTO\"}";
    }

    @Override
    public String exportName() {
        return "contacts";
    }

    @Override
    public String csvHeaderStart() {
        return "\"id\",\"first_name\",\"last_name\",\"email\",\"phone\",\"company\",\"title\",\"lead_id\",\"tags\",\"custom_fields\",\"owner\"";
    }

    private static String uniqueEmail() {
        return "jane-" + UUID.randomUUID() + "@example.com";
    }

    private String lead(TestApi caller) {
        return caller.create("/api/v1/leads", "{\"name\":\"Acme\"}");
    }

    private List<String> firstNames(String query) {
        TestApi.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.listed("first_name");
    }

    @Test
    void theCreatorOwnsANewContactUnlessTheBodyNamesAnOwner() {
        JsonNode mine = api.post(path(), "{\"last_name\":\"Doe\"}").data();
        JsonNode theirs = api.post(path(), "{\"last_name\":\"Roe\",\"owner\":\"user-42\"}").data();

        assertThat(mine.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(theirs.path("owner").asText()).isEqualTo("user-42");
    }

    @Test
    void needsAFirstOrALastName() {
        JsonNode body = assertError(api.post(path(), "{\"email\":\"x@example.com\"}"), 400, path());

        assertThat(body.path("message").asText()).isEqualTo("Validation failed");
        assertThat(body.path("errors").toString())
                .isEqualTo("[{\"field\":\"first_name\",\"message\":\"first_name or last_name is required\"}]");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"first_name":"J","email":"nope","lead_id":"123","tags":"vip","custom_fields":[],"phone":7,
                 "owner":1}"""), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("email", "lead_id", "tags", "custom_fields", "phone",
                "owner");
        assertThat(api.get(path()).json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void anUpdateIsValidatedLikeACreate() {
        String id = create();

        JsonNode body = assertError(api.put(at(id), "{\"email\":\"nope\"}"), 400, at(id));

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("first_name", "email");
        assertThat(versionOf(id)).isEqualTo(1);
    }

    @Test
    void aDuplicateEmailIs409NamingTheExistingContactWhateverItsCase() {
        String first = api.create(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        JsonNode body = assertError(api.post(path(), "{\"first_name\":\"J\",\"email\":\"JANE@acme.com\"}"), 409, path());

        assertThat(body.path("existingId").asText()).isEqualTo(first);
        assertThat(body.path("message").asText()).contains(first);
    }

    @Test
    void anUpdateCannotTakeAnotherContactsEmail() {
        String jane = api.create(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");
        String other = create();

        JsonNode body = assertError(api.put(at(other), "{\"first_name\":\"X\",\"email\":\"jane@acme.com\"}"), 409,
                at(other));

        assertThat(body.path("existingId").asText()).isEqualTo(jane);
        assertThat(versionOf(other)).isEqualTo(1);
    }

    @Test
    void theSameEmailMayLiveInAnotherWorkspaceAndAfterADelete() {
        String id = api.create(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        assertThat(stranger().post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").status()).isEqualTo(201);
        api.delete(at(id));
        assertThat(api.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").status()).isEqualTo(201);
    }

    @Test
    void aLeadOfTheWorkspaceMayBeReferenced() {
        String lead = lead(api);

        TestApi.Answer created = api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + lead + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.data().path("lead_id").asText()).isEqualTo(lead);
    }

    @Test
    void aLeadOfAnotherWorkspaceOrNoneIsA400OnLeadId() {
        String foreignLead = lead(stranger());

        JsonNode foreign = assertError(api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + foreignLead + "\"}"),
                400, path());
        JsonNode unknown = assertError(api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + UUID.randomUUID()
                + "\"}"), 400, path());

        assertThat(fieldsInError(foreign)).containsExactly("lead_id");
        assertThat(fieldsInError(unknown)).containsExactly("lead_id");
    }

    @Test
    void aContactKeepsTheLeadItCameFromThroughUpdatesAfterThatLeadIsDeleted() {
        String lead = lead(api);
        String id = api.create(path(), "{\"first_name\":\"A\",\"lead_id\":\"" + lead + "\"}");
        api.delete("/api/v1/leads/" + lead);

        TestApi.Answer updated = api.put(at(id), "{\"first_name\":\"B\",\"lead_id\":\"" + lead + "\"}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.data().path("lead_id").asText()).isEqualTo(lead);
    }

    @Test
    void filtersByLeadAndOwnerAndSortsByName() {
        String lead = lead(api);
        api.post(path(), "{\"first_name\":\"Bea\",\"lead_id\":\"" + lead + "\"}");
        api.post(path(), "{\"first_name\":\"Al\",\"lead_id\":\"" + lead + "\"}");
        api.post(path(), "{\"first_name\":\"Cy\"}");
        api.post(path(), "{\"first_name\":\"Di\",\"owner\":\"someone\"}");

        assertThat(firstNames("?lead_id=" + lead + "&sort=first_name&order=asc")).containsExactly("Al", "Bea");
        assertThat(firstNames("?owner=someone")).containsExactly("Di");
    }

    @Test
    void badFiltersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?lead_id=7&startDate=yesterday&q=&tags=,"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("lead_id", "startDate", "q", "tags");
    }

    @Test
    void filtersByTagsToContactsCarryingEveryOne() {
        api.post(path(), "{\"first_name\":\"Both\",\"tags\":[\"vip\",\"eu\"]}");
        api.post(path(), "{\"first_name\":\"Eu\",\"tags\":[\"eu\"]}");

        assertThat(firstNames("?tags=vip,eu")).containsExactly("Both");
        assertThat(firstNames("?tags=eu&sort=first_name&order=asc")).containsExactly("Both", "Eu");
    }

    @Test
    void aSearchFindsContactsByPartOfTheirNameOrCompany() {
        String wile = api.create(path(), "{\"first_name\":\"Wile\",\"last_name\":\"Coyote\",\"company\":\"Acme Anvils\"}");
        api.create(path(), "{\"first_name\":\"Road\",\"last_name\":\"Runner\"}");

        assertThat(api.get(path() + "?q=acm").listed("id")).containsExactly(wile);
        assertThat(api.get(path() + "?q=coyo").listed("id")).containsExactly(wile);
    }

    @Test
    void theCsvExportNeutralisesFormulasAndJoinsTags() {
        api.post(path(), "{\"first_name\":\"=cmd\",\"last_name\":\"Doe\",\"tags\":[\"a\",\"b\"]}");

        List<String> lines = api.get(path() + "/export").body().lines().toList();

        assertThat(lines.get(1)).contains(",\"'=cmd\",\"Doe\",").contains(",\"a;b\",");
    }
}
