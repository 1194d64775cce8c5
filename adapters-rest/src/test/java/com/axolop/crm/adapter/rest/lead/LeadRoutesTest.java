package com.axolop.crm.adapter.rest.lead;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static com.axolop.crm.adapter.rest.ErrorFormat.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.ExportRoutesContract;
import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1/leads}: the record and export contracts, then what only leads do (conversion: its own test). */
class LeadRoutesTest extends RecordRoutesContract implements ExportRoutesContract {
    private static final String ACME = """
            {"name":"Acme Corp","email":"contact@acme.com","phone":"+1234567890","type":"B2B_COMPANY",
             "status":"NEW","value":50000,"tags":["hot"],"custom_fields":{"tier":"gold"}}""";

    LeadRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/leads";
    }

    @Override
    public String validBody() {
        return ACME;
    }

    @Override
    public String changedBody() {
        return "{\"name\":\"Acme Inc\",\"status\":\"CONTACTED\"}";
    }

    @Override
    public String exportName() {
        return "leads";
    }

    @Override
    public String csvHeaderStart() {
        return "\"id\",\"name\",\"email\"";
    }

    private List<String> names(String query) {
        TestApi.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.listed("name");
    }

    @Test
    void aNewLeadIsNewInUsdAndKeepsWhatItWasGiven() {
        JsonNode lead = api.post(path(), "{\"name\":\"Acme\",\"value\":1200.5,\"custom_fields\":{\"tier\":\"gold\"}}")
                .data();

        assertThat(lead.path("status").asText()).isEqualTo("NEW");
        assertThat(lead.path("currency").asText()).isEqualTo("USD");
        assertThat(lead.path("value").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(lead.path("tags")).isEmpty();
        assertThat(lead.path("custom_fields").toString()).isEqualTo("{\"tier\":\"gold\"}");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        String tags = IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"));

        JsonNode error = assertError(api.post(path(), """
                {"email":"not-an-email","type":"ALIEN","value":-5,"currency":"XXY","tags":%s,
                 "custom_fields":[1],"phone":12}""".formatted(tags)), 400, path());

        assertThat(error.path("message").asText()).isEqualTo("Validation failed");
        assertThat(fieldsInError(error)).containsExactlyInAnyOrder("name", "email", "type", "value", "currency",
                "tags", "custom_fields", "phone");
        assertThat(error.path("errors")).allSatisfy(each -> assertThat(each.path("message").asText()).isNotBlank());
    }

    @Test
    void anUnknownEnumValueIs400ListingTheKnownOnes() {
        JsonNode error = assertError(api.post(path(), "{\"name\":\"Acme\",\"status\":\"HOT\"}"), 400, path());

        assertThat(fieldsInError(error)).containsExactly("status");
        assertThat(messageFor(error, "status")).contains("NEW, CONTACTED");
    }

    @Test
    void aValueWithMoreThanTwoDecimalsIs400() {
        JsonNode error = assertError(api.post(path(), "{\"name\":\"Acme\",\"value\":10.999}"), 400, path());

        assertThat(fieldsInError(error)).containsExactly("value");
    }

    @Test
    void customFieldsOver16KBAre400() {
        String body = "{\"name\":\"Acme\",\"custom_fields\":{\"blob\":\"" + "x".repeat(17 * 1024) + "\"}}";

        assertThat(fieldsInError(assertError(api.post(path(), body), 400, path()))).containsExactly("custom_fields");
    }

    @Test
    void onlyAConversionMakesALeadConverted() {
        String id = create();

        assertThat(fieldsInError(assertError(api.post(path(), "{\"name\":\"X\",\"status\":\"CONVERTED\"}"), 400,
                path()))).containsExactly("status");
        assertThat(fieldsInError(assertError(api.put(at(id), "{\"name\":\"X\",\"status\":\"CONVERTED\"}"), 400,
                at(id)))).containsExactly("status");
    }

    @Test
    void filtersByStatusAndTypeSortsAndPages() {
        api.create(path(), "{\"name\":\"B\",\"status\":\"QUALIFIED\",\"type\":\"PARTNER\"}");
        api.create(path(), "{\"name\":\"A\",\"status\":\"QUALIFIED\",\"type\":\"PARTNER\"}");
        api.create(path(), "{\"name\":\"C\",\"status\":\"NEW\",\"type\":\"PARTNER\"}");
        api.create(path(), "{\"name\":\"D\",\"status\":\"QUALIFIED\",\"type\":\"OTHER\"}");

        JsonNode page = api.get(path() + "?status=QUALIFIED&type=PARTNER&sort=name&order=asc&limit=1&page=2").json();

        assertThat(TestApi.each(page.path("data"), "name")).containsExactly("B");
        assertThat(page.path("pagination").toString()).startsWith("{\"page\":2,\"limit\":1,\"total\":2,\"totalPages\":2,");
        assertThat(page.path("pagination").path("next_cursor").isTextual()).as("a full page tells where the next starts")
                .isTrue();
    }

    @Test
    void filtersByTagsToLeadsCarryingEveryOne() {
        api.create(path(), "{\"name\":\"Both\",\"tags\":[\"vip\",\"eu\",\"x\"]}");
        api.create(path(), "{\"name\":\"Vip\",\"tags\":[\"vip\"]}");
        api.create(path(), "{\"name\":\"None\"}");

        JsonNode page = api.get(path() + "?tags=eu,vip").json();

        assertThat(TestApi.each(page.path("data"), "name")).containsExactly("Both");
        assertThat(page.path("pagination").path("total").asInt()).isEqualTo(1);
        assertThat(names("?tags=vip&sort=name&order=asc")).containsExactly("Both", "Vip");
    }

    @Test
    void filtersByCreationDate() {
        api.create(path(), "{\"name\":\"today\"}");

        assertThat(names("?startDate=2000-01-01&endDate=2000-12-31")).isEmpty();
        assertThat(names("?startDate=2026-03-02")).containsExactly("today");
        assertThat(names("?endDate=2026-03-01")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "limit=1000", "limit=0", "page=abc", "sort=drop_table", "order=sideways",
            "status=HOT", "type=ALIEN", "startDate=yesterday", "startDate=2024-02-01&endDate=2024-01-01", "q=%20",
            "tags=vip,,eu"})
    void aBadListParameterIs400NamingIt(String query) {
        String field = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));

        JsonNode error = assertError(api.get(path() + "?" + query), 400, path());

        assertThat(fieldsInError(error)).containsExactly(field);
    }

    @Test
    void aSearchFindsLeadsByPartOfTheirNameEmailOrNotes() {
        String acme = api.create(path(), "{\"name\":\"Acme Corp\",\"notes\":\"met at the fair\"}");
        api.create(path(), "{\"name\":\"Globex\",\"email\":\"hank@globex.com\"}");

        assertThat(api.get(path() + "?q=acm").listed("id")).containsExactly(acme);
        assertThat(names("?q=fair")).containsExactly("Acme Corp");
        assertThat(names("?q=hank@")).containsExactly("Globex");
    }

    @Test
    void aReadAfterAnUpdateNeverReturnsTheCachedVersion() {
        String id = create();
        api.get(at(id));
        api.get(path() + "?limit=5");

        api.put(at(id), "{\"name\":\"Acme Inc\"}");

        assertThat(api.get(at(id)).data().path("name").asText()).isEqualTo("Acme Inc");
        assertThat(names("?limit=5")).containsExactly("Acme Inc");
    }

    @Test
    void theCsvExportNeutralisesFormulasAndQuotesEveryCell() {
        api.create(path(), "{\"name\":\"=HYPERLINK(\\\"http://evil\\\")\",\"notes\":\"said \\\"hi\\\", then left\"}");
        api.create(path(), "{\"name\":\"Plain\",\"status\":\"LOST\"}");

        List<String> lines = api.get(path() + "/export?format=csv&sort=name&order=asc").body().lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains("\"said \"\"hi\"\", then left\"");
        assertThat(lines.get(2)).contains(",\"Plain\",");
    }

    @Test
    void theExportAppliesTheListFilters() {
        api.create(path(), "{\"name\":\"Kept\",\"status\":\"LOST\"}");
        api.create(path(), "{\"name\":\"Dropped\",\"status\":\"NEW\"}");

        JsonNode export = api.get(path() + "/export?format=json&status=LOST").json();

        assertThat(TestApi.each(export, "name")).containsExactly("Kept");
    }
}
