package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /api/v1/leads/batch and /api/v1/contacts/batch: the contract's bulkInsert. */
class BatchApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    @Test
    void createsEveryValidItemAndReportsEachInvalidOneInRequestOrder() {
        Api.Answer answer = api.post("/api/v1/leads/batch", """
                {"items":[{"name":"Acme"},{"name":"","email":"bad"},{"name":"Globex","status":"QUALIFIED"}]}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode data = answer.json().path("data");
        assertThat(data.path("results")).extracting(result -> result.path("status").asText())
                .containsExactly("created", "failed", "created");
        assertThat(data.at("/results/1/errors")).extracting(error -> error.path("field").asText())
                .containsExactlyInAnyOrder("name", "email");
        assertThat(data.at("/results/2/data/status").asText()).isEqualTo("QUALIFIED");
        assertThat(data.path("summary").toString())
                .isEqualTo("{\"total\":3,\"created\":2,\"updated\":0,\"unchanged\":0,\"failed\":1}");
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isEqualTo(2);
    }

    @Test
    void upsertUpdatesTheLeadWithTheSameEmailAndLeavesAnIdenticalOneAlone() {
        String existing = api.createLead("{\"name\":\"Acme\",\"email\":\"ops@acme.com\"}");

        JsonNode data = api.post("/api/v1/leads/batch", """
                {"upsert":true,"items":[{"name":"Acme Corp","email":"OPS@acme.com"},{"name":"New","email":"new@x.io"}]}""")
                .json().path("data");
        JsonNode again = api.post("/api/v1/leads/batch", """
                {"upsert":true,"items":[{"name":"Acme Corp","email":"OPS@acme.com"}]}""").json().path("data");

        assertThat(data.at("/results/0/status").asText()).isEqualTo("updated");
        assertThat(data.at("/results/0/id").asText()).isEqualTo(existing);
        assertThat(data.at("/results/1/status").asText()).isEqualTo("created");
        assertThat(again.at("/results/0/status").asText()).isEqualTo("unchanged");
        assertThat(api.get("/api/v1/leads/" + existing).json().at("/data/name").asText()).isEqualTo("Acme Corp");
    }

    @Test
    void withoutUpsertASecondContactWithAnEmailFailsAloneAndTheRestCommits() {
        String existing = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}")
                .json().at("/data/id").asText();

        JsonNode data = api.post("/api/v1/contacts/batch", """
                {"items":[{"first_name":"A"},{"first_name":"J","email":"jane@acme.com"},{"first_name":"B"}]}""")
                .json().path("data");

        assertThat(data.path("results")).extracting(result -> result.path("status").asText())
                .containsExactly("created", "failed", "created");
        assertThat(data.at("/results/1/existingId").asText()).isEqualTo(existing);
        assertThat(api.get("/api/v1/contacts").json().at("/pagination/total").asLong()).isEqualTo(3);
    }

    @Test
    void aBadReferenceFailsItsItemOnly() {
        JsonNode data = api.post("/api/v1/contacts/batch", "{\"items\":[{\"first_name\":\"A\",\"lead_id\":\""
                + UUID.randomUUID() + "\"},{\"first_name\":\"B\"}]}").json().path("data");

        assertThat(data.at("/results/0/errors/0/field").asText()).isEqualTo("lead_id");
        assertThat(data.at("/results/1/status").asText()).isEqualTo("created");
    }

    @Test
    void upsertsContactsByEmailWithinOneBatchToo() {
        JsonNode data = api.post("/api/v1/contacts/batch", """
                {"upsert":true,"items":[{"first_name":"Jane","email":"j@acme.com"},{"first_name":"Janet","email":"j@acme.com"}]}""")
                .json().path("data");

        assertThat(data.path("results")).extracting(result -> result.path("status").asText())
                .containsExactly("created", "updated");
        assertThat(data.at("/results/0/id").asText()).isEqualTo(data.at("/results/1/id").asText());
    }

    @Test
    void moreThanAHundredItemsIs400AndWritesNothing() {
        String items = IntStream.range(0, 101).mapToObj(i -> "{\"name\":\"L" + i + "\"}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));

        JsonNode body = assertError(api.post("/api/v1/leads/batch", items), 400, "/api/v1/leads/batch");

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("items");
        assertThat(api.get("/api/v1/leads").json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void aHundredItemsAreAccepted() {
        String items = IntStream.range(0, 100).mapToObj(i -> "{\"name\":\"L" + i + "\"}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));

        assertThat(api.post("/api/v1/leads/batch", items).json().at("/data/summary/created").asInt()).isEqualTo(100);
    }

    @Test
    void aMissingOrEmptyItemListIs400() {
        assertError(api.post("/api/v1/leads/batch", "{}"), 400, "/api/v1/leads/batch");
        assertError(api.post("/api/v1/contacts/batch", "{\"items\":[]}"), 400, "/api/v1/contacts/batch");
        assertError(api.post("/api/v1/contacts/batch", "{\"items\":[1,2]}"), 400, "/api/v1/contacts/batch");
    }

    @Test
    void viewersCannotBatch() {
        Api viewer = Api.as(TestTokens.withRole(workspace, "viewer"));

        assertError(viewer.post("/api/v1/leads/batch", "{\"items\":[{\"name\":\"A\"}]}"), 403, "/api/v1/leads/batch");
    }

    @Test
    void everyWrittenItemPublishesItsEventAndRefusedOnesNone() {
        try (var tap = new EventTap(workspace, "crm.lead")) {
            api.post("/api/v1/leads/batch", "{\"items\":[{\"name\":\"A\"},{\"name\":\"\"},{\"name\":\"B\"}]}");

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 2);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("lead.created", "lead.created");
        }
    }
}
