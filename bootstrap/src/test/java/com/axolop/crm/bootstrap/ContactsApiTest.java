package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The contact endpoints end to end, against the embedded PostgreSQL and Kafka. */
class ContactsApiTest extends RecordApiContract {
    @Override
    String path() {
        return "/api/v1/contacts";
    }

    @Override
    String validBody() {
        return "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"" + uniqueEmail() + "\",\"tags\":[\"vip\"],"
                + "\"custom_fields\":{\"tier\":\"gold\"}}";
    }

    @Override
    String changedBody() {
        return "{\"first_name\":\"Janet\",\"title\":\"CTO\"}";
    }

    private static String uniqueEmail() {
        return "jane-" + UUID.randomUUID() + "@example.com";
    }

    // Creates made at once share transactions (write groups): each must still end as it would alone.
    @Test
    void createsAtOnceOfOneEmailMakeOneContactAndConflictsWhileTheOthersAreCreated() throws Exception {
        String email = uniqueEmail();
        List<Future<Api.Answer>> same = new ArrayList<>();
        List<Future<Api.Answer>> others = new ArrayList<>();
        try (var clients = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 30; i++) {
                same.add(clients.submit(() -> api.post(path(), "{\"last_name\":\"Same\",\"email\":\"" + email + "\"}")));
                others.add(clients.submit(() -> api.post(path(), validBody())));
            }
        }
        List<Integer> sameStatuses = new ArrayList<>();
        for (Future<Api.Answer> response : same) {
            sameStatuses.add(response.get().status());
            if (response.get().status() == 409) {
                assertError(response.get(), 409, path());
            }
        }
        for (Future<Api.Answer> response : others) {
            assertThat(response.get().status()).isEqualTo(201);
            String id = response.get().json().at("/data/id").asText();
            assertThat(api.get(path() + "/" + id).status()).isEqualTo(200);
        }

        assertThat(sameStatuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(api.get(path()).json().at("/pagination/total").asLong()).isEqualTo(31);
    }

    @Test
    void theCreatorOwnsANewContactUnlessTheBodyNamesAnOwner() {
        JsonNode mine = api.post(path(), "{\"last_name\":\"Doe\"}").json().path("data");
        JsonNode theirs = api.post(path(), "{\"last_name\":\"Roe\",\"owner\":\"user-42\"}").json().path("data");

        assertThat(mine.path("owner").asText()).isEqualTo("user-" + workspace);
        assertThat(theirs.path("owner").asText()).isEqualTo("user-42");
    }

    @Test
    void needsAFirstOrALastName() {
        JsonNode body = assertError(api.post(path(), "{\"email\":\"x@example.com\"}"), 400, path());

        assertThat(body.at("/errors/0/field").asText()).isEqualTo("first_name");
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("first_name or last_name is required");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"first_name":"J","email":"nope","lead_id":"123","tags":"vip","custom_fields":[],"phone":7}"""),
                400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" "))
                .containsExactlyInAnyOrder("email", "lead_id", "tags", "custom_fields", "phone");
    }

    @Test
    void aDuplicateEmailIs409NamingTheExistingContactWhateverItsCase() {
        String first = api.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").json().at("/data/id").asText();

        JsonNode body = assertError(api.post(path(), "{\"first_name\":\"J\",\"email\":\"JANE@acme.com\"}"), 409, path());

        assertThat(body.path("existingId").asText()).isEqualTo(first);
        assertThat(body.path("message").asText()).contains(first);
    }

    @Test
    void anUpdateCannotTakeAnotherContactsEmail() {
        api.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}");
        String other = create();

        assertError(api.put(path() + "/" + other, "{\"first_name\":\"X\",\"email\":\"jane@acme.com\"}"), 409,
                path() + "/" + other);
    }

    @Test
    void theSameEmailMayLiveInAnotherWorkspaceAndAfterADelete() {
        String id = api.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").json().at("/data/id").asText();
        Api other = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        assertThat(other.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").status()).isEqualTo(201);
        api.delete(path() + "/" + id);
        assertThat(api.post(path(), "{\"first_name\":\"Jane\",\"email\":\"jane@acme.com\"}").status()).isEqualTo(201);
    }

    @Test
    void aLeadReferenceMustExistInTheWorkspace() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String foreignLead = Api.as(TestTokens.member("ws-" + UUID.randomUUID())).createLead("{\"name\":\"Other\"}");

        assertThat(api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + lead + "\"}").status()).isEqualTo(201);
        JsonNode body = assertError(api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + foreignLead + "\"}"), 400, path());
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("lead_id");
        assertError(api.post(path(), "{\"first_name\":\"J\",\"lead_id\":\"" + UUID.randomUUID() + "\"}"), 400, path());
    }

    @Test
    void filtersByLeadAndOwnerAndSortsByName() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        api.post(path(), "{\"first_name\":\"Bea\",\"lead_id\":\"" + lead + "\"}");
        api.post(path(), "{\"first_name\":\"Al\",\"lead_id\":\"" + lead + "\"}");
        api.post(path(), "{\"first_name\":\"Cy\"}");
        api.post(path(), "{\"first_name\":\"Di\",\"owner\":\"someone\"}");

        JsonNode byLead = api.get(path() + "?lead_id=" + lead + "&sort=first_name&order=asc").json();
        JsonNode byOwner = api.get(path() + "?owner=someone").json();

        assertThat(byLead.path("data")).extracting(c -> c.path("first_name").asText()).containsExactly("Al", "Bea");
        assertThat(byOwner.path("data")).extracting(c -> c.path("first_name").asText()).containsExactly("Di");
    }

    @Test
    void exportsCsvAndJson() {
        api.post(path(), "{\"first_name\":\"=cmd\",\"last_name\":\"Doe\",\"tags\":[\"a\",\"b\"]}");

        Api.Answer csv = api.get(path() + "/export");
        JsonNode json = api.get(path() + "/export?format=json").json();

        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("contacts-"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\"id\",\"first_name\",\"last_name\",\"email\"");
        assertThat(lines.get(1)).contains(",\"'=cmd\",\"Doe\",").contains(",\"a;b\",");
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("last_name").asText()).isEqualTo("Doe");
    }

    @Test
    void writesPublishContactCreatedUpdatedAndDeletedMatchingTheirSchemas() {
        try (var tap = new EventTap(workspace, "crm.contact")) {
            String id = create();
            api.put(path() + "/" + id, changedBody());
            api.delete(path() + "/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("contact.created", "contact.updated", "contact.deleted");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.key()).isEqualTo(id);
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
            });
            assertThat(events.get(1).value()).contains("\"changes\":[\"first_name\",\"last_name\",\"email\",\"title\",\"tags\",\"custom_fields\"]");
        }
    }

    @Test
    void aContactKeepsTheLeadItCameFromThroughUpdatesAfterThatLeadIsDeleted() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String id = api.post(path(), "{\"first_name\":\"A\",\"lead_id\":\"" + lead + "\"}").json().at("/data/id").asText();
        api.delete("/api/v1/leads/" + lead);

        Api.Answer updated = api.put(path() + "/" + id, "{\"first_name\":\"B\",\"lead_id\":\"" + lead + "\"}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/data/lead_id").asText()).isEqualTo(lead);
    }

    @Test
    void aSearchedListMayBeSortedByAnyField() {
        api.post(path(), "{\"first_name\":\"Bea\",\"company\":\"Acme\"}");
        api.post(path(), "{\"first_name\":\"Al\",\"company\":\"Acme\"}");

        JsonNode page = api.get(path() + "?q=acme&sort=first_name&order=asc").json();

        assertThat(page.path("data")).extracting(c -> c.path("first_name").asText()).containsExactly("Al", "Bea");
    }
}
