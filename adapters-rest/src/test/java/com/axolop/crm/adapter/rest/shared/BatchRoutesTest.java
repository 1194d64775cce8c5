package com.axolop.crm.adapter.rest.shared;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RoutesTest;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/leads/batch} and {@code /api/v1/contacts/batch}: one result per item, in request order. */
class BatchRoutesTest extends RoutesTest {
    private static final String LEADS = "/api/v1/leads/batch";
    private static final String CONTACTS = "/api/v1/contacts/batch";

    BatchRoutesTest(DirectClient client) {
        super(client);
    }

    private long total(String path) {
        return api.get(path).json().at("/pagination/total").asLong();
    }

    /** One field of every result, in order. */
    private static List<String> each(JsonNode data, String field) {
        List<String> values = new ArrayList<>();
        data.path("results").forEach(result -> values.add(result.path(field).asText()));
        return values;
    }

    private static String leads(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"name\":\"L" + i + "\"}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    @Test
    void createsEveryValidItemAndReportsEachInvalidOneInRequestOrder() {
        TestApi.Answer answer = api.post(LEADS, """
                {"items":[{"name":"Acme"},{"name":"","email":"bad"},{"name":"Globex","status":"QUALIFIED"}]}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode data = answer.data();
        assertThat(each(data, "status")).containsExactly("created", "failed", "created");
        assertThat(each(data, "index")).containsExactly("0", "1", "2");
        assertThat(fieldsInError(data.at("/results/1"))).containsExactlyInAnyOrder("name", "email");
        assertThat(data.at("/results/2/data/status").asText()).isEqualTo("QUALIFIED");
        assertThat(data.at("/results/0/id").asText()).isEqualTo(data.at("/results/0/data/id").asText());
        assertThat(data.path("summary").toString())
                .isEqualTo("{\"total\":3,\"created\":2,\"updated\":0,\"unchanged\":0,\"failed\":1}");
        assertThat(total("/api/v1/leads")).isEqualTo(2);
    }

    @Test
    void upsertUpdatesTheLeadWithTheSameEmailAndLeavesAnIdenticalOneAlone() {
        String existing = api.create("/api/v1/leads", "{\"name\":\"Acme\",\"email\":\"ops@acme.com\"}");

        JsonNode data = api.post(LEADS, """
                {"upsert":true,"items":[{"name":"Acme Corp","email":"OPS@acme.com"},{"name":"New","email":"new@x.io"}]}""")
                .data();
        JsonNode again = api.post(LEADS, """
                {"upsert":true,"items":[{"name":"Acme Corp","email":"OPS@acme.com"}]}""").data();

        assertThat(each(data, "status")).containsExactly("updated", "created");
        assertThat(data.at("/results/0/id").asText()).isEqualTo(existing);
        assertThat(again.at("/results/0/status").asText()).isEqualTo("unchanged");
        assertThat(api.get("/api/v1/leads/" + existing).data().path("name").asText()).isEqualTo("Acme Corp");
    }

    @Test
    void withoutUpsertASecondContactWithAnEmailFailsAloneNamingTheExistingOne() {
        String existing = api.create("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");

        JsonNode data = api.post(CONTACTS, """
                {"items":[{"first_name":"A"},{"first_name":"J","email":"jane@acme.com"},{"first_name":"B"}]}""")
                .data();

        assertThat(each(data, "status")).containsExactly("created", "failed", "created");
        assertThat(data.at("/results/1/existingId").asText()).isEqualTo(existing);
        assertThat(total("/api/v1/contacts")).isEqualTo(3);
    }

    @Test
    void aBadReferenceFailsItsItemOnly() {
        JsonNode data = api.post(CONTACTS, "{\"items\":[{\"first_name\":\"A\",\"lead_id\":\"" + UUID.randomUUID()
                + "\"},{\"first_name\":\"B\"}]}").data();

        assertThat(data.at("/results/0/errors/0/field").asText()).isEqualTo("lead_id");
        assertThat(data.at("/results/1/status").asText()).isEqualTo("created");
    }

    @Test
    void upsertsContactsByEmailWithinOneBatchToo() {
        JsonNode data = api.post(CONTACTS, """
                {"upsert":true,"items":[{"first_name":"Jane","email":"j@acme.com"},{"first_name":"Janet","email":"j@acme.com"}]}""")
                .data();

        assertThat(each(data, "status")).containsExactly("created", "updated");
        assertThat(data.at("/results/0/id").asText()).isEqualTo(data.at("/results/1/id").asText());
    }

    @Test
    void aHundredItemsAreAccepted() {
        assertThat(api.post(LEADS, leads(100)).data().at("/summary/created").asInt()).isEqualTo(100);
    }

    @Test
    void moreThanAHundredItemsIs400OnItemsAndWritesNothing() {
        JsonNode body = assertError(api.post(LEADS, leads(101)), 400, LEADS);

        assertThat(fieldsInError(body)).containsExactly("items");
        assertThat(total("/api/v1/leads")).isZero();
    }

    @Test
    void aMissingEmptyOrNonObjectItemListIs400() {
        assertThat(fieldsInError(assertError(api.post(LEADS, "{}"), 400, LEADS))).containsExactly("items");
        assertThat(fieldsInError(assertError(api.post(CONTACTS, "{\"items\":[]}"), 400, CONTACTS))).containsExactly("items");
        assertThat(fieldsInError(assertError(api.post(CONTACTS, "{\"items\":[1,2]}"), 400, CONTACTS)))
                .containsExactly("items");
        assertThat(fieldsInError(assertError(api.post(LEADS, "{\"items\":[{\"name\":\"A\"}],\"upsert\":\"yes\"}"), 400,
                LEADS))).containsExactly("upsert");
    }

    @Test
    void aViewerCannotBatch() {
        assertError(withRole("viewer").post(LEADS, "{\"items\":[{\"name\":\"A\"}]}"), 403, LEADS);
        assertError(withRole("viewer").post(CONTACTS, "{\"items\":[{\"first_name\":\"A\"}]}"), 403, CONTACTS);

        assertThat(total("/api/v1/leads")).isZero();
    }

    @Test
    void onlyPostIsAllowed() {
        TestApi.Answer get = api.get(LEADS);

        assertError(get, 405, LEADS);
        assertThat(get.header("Allow")).contains("POST");
    }
}
