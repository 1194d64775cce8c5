package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.workflow.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Workflow definitions end to end, against the embedded PostgreSQL, Redis and Kafka. */
class WorkflowsApiTest extends RecordApiContract {
    private static final String STEPS = """
            [{"type":"update_field","field":"status","value":"CONTACTED"},
             {"type":"wait","hours":2},
             {"type":"condition","if":[{"field":"lead.value","op":"gte","value":1000.50}],
              "then":[{"type":"assign","to":"rep-7"},
                      {"type":"send_email","template":"leadNotification","to":"{{lead.email}}","data":{"tier":"gold"}}],
              "else":[{"type":"add_tag","tag":"small"},{"type":"webhook","url":"http://127.0.0.1/crm"}]}]""";

    @Override
    String path() {
        return "/api/v1/workflows";
    }

    @Override
    String validBody() {
        return body("Qualified leads", "lead.status_changed", true);
    }

    @Override
    String changedBody() {
        return "{\"name\":\"Tag by hand\",\"trigger\":{\"type\":\"manual\"},"
                + "\"steps\":[{\"type\":\"add_tag\",\"tag\":\"picked\"}]}";
    }

    private static String body(String name, String event, boolean active) {
        return "{\"name\":\"" + name + "\",\"active\":" + active + ",\"trigger\":{\"type\":\"event\",\"event\":\""
                + event + "\",\"conditions\":[{\"field\":\"to\",\"op\":\"eq\",\"value\":\"QUALIFIED\"}]},"
                + "\"steps\":" + STEPS + "}";
    }

    private String created(String body) {
        Api.Answer created = api.post(path(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private List<String> names(String query) {
        Api.Answer listed = api.get(path() + query);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        listed.json().path("data").forEach(workflow -> names.add(workflow.path("name").asText()));
        return names;
    }

    @Test
    void publishesTheDefinitionAsSentActiveUnlessSaidOtherwise() throws Exception {
        JsonNode workflow = api.post(path(), "{\"name\":\"Welcome\",\"trigger\":{\"type\":\"event\","
                + "\"event\":\"contact.created\"},\"steps\":" + STEPS + "}").json().path("data");

        assertThat(workflow.path("active").asBoolean()).isTrue();
        assertThat(workflow.path("description").isNull()).isTrue();
        assertThat(workflow.path("trigger").toString())
                .isEqualTo("{\"type\":\"event\",\"event\":\"contact.created\",\"conditions\":[]}");
        assertThat(workflow.path("steps")).isEqualTo(Api.JSON.readTree(STEPS.replace("1000.50", "1000.5")
                .replace("/crm\"}", "/crm\",\"signed\":false}")));
    }

    @Test
    void reportsEveryFlawOfADefinitionAtOnceNamingEachByItsPath() {
        JsonNode body = assertError(api.post(path(), """
                {"name":"","active":"yes","trigger":{"type":"event","event":"lead.created",
                  "conditions":[{"field":"lead status","op":"like"}]},
                 "steps":[{"type":"wait","minutes":0},
                  {"type":"condition","if":[{"field":"to","op":"in","value":"QUALIFIED"}],
                   "then":[{"type":"add_tag","tag":""},{"type":"send_email","template":"welcome","to":"x"}]},
                  {"type":"update_field","field":"stage","value":"WON"},{"type":"teleport"}]}"""), 400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" ")).containsExactly("active", "name",
                "trigger.conditions[0].field", "trigger.conditions[0].op", "steps[0].minutes", "steps[1].if[0].value",
                "steps[1].then[0].tag", "steps[1].then[1].to", "steps[2].value", "steps[3].type");
        assertThat(body.path("message").asText()).isEqualTo("Validation failed");
    }

    @Test
    void refusesStepsNestedTooDeepOrWaitingTooLongWithTheirPaths() {
        String deep = "{\"type\":\"condition\",\"if\":[{\"field\":\"to\",\"op\":\"eq\",\"value\":1}],\"then\":[%s]}";
        String fourLevels = deep.formatted(deep.formatted(deep.formatted("{\"type\":\"add_tag\",\"tag\":\"x\"}")));

        JsonNode body = assertError(api.post(path(), "{\"name\":\"W\",\"trigger\":{\"type\":\"manual\"},\"steps\":["
                + fourLevels + ",{\"type\":\"wait\",\"days\":300},{\"type\":\"wait\",\"days\":66}]}"), 400, path());

        assertThat(body.path("errors").findValuesAsText("message")).containsExactly(
                "steps[0].then[0].then[0].then nests steps deeper than 3 levels",
                "steps must wait at most 365 days on any path; the longest waits 366 days");
    }

    @Test
    void filtersByActiveAndByTheEventThatTriggersAWorkflow() {
        created(body("On created", "lead.created", true));
        created(body("On created, paused", "lead.created", false));
        created(body("On status", "lead.status_changed", true));
        created(changedBody());

        assertThat(names("?trigger=lead.created&sort=name&order=asc"))
                .containsExactly("On created", "On created, paused");
        assertThat(names("?trigger=lead.created&active=true")).containsExactly("On created");
        assertThat(names("?active=false")).containsExactly("On created, paused");
        assertThat(names("?sort=name&order=asc"))
                .containsExactly("On created", "On created, paused", "On status", "Tag by hand");
    }

    @Test
    void badFiltersAreOne400ListingEach() {
        JsonNode body = assertError(api.get(path() + "?trigger=workflow.started&active=maybe&startDate=nope"), 400,
                path());

        assertThat(ErrorFormat.fieldsInError(body).split(" "))
                .containsExactlyInAnyOrder("trigger", "active", "startDate");
    }

    @Test
    void writesPublishWorkflowCreatedUpdatedAndDeletedMatchingTheirSchemas() {
        try (var tap = new EventTap(workspace, "crm.workflow")) {
            String id = create();
            api.put(path() + "/" + id, changedBody());
            api.delete(path() + "/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("workflow.created", "workflow.updated", "workflow.deleted");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.key()).isEqualTo(id);
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
            });
            assertThat(events.get(1).value()).contains("\"changes\":[\"name\",\"trigger\",\"steps\"]");
        }
    }

    @Test
    void theWorkflowSchemaRefusesWhatTheApiRefuses() {
        String event = "{\"workflow\":{\"id\":\"019a7c31-5b0e-7f3a-9d62-0c4e1a7b8f20\",\"workspace_id\":\"w\","
                + "\"name\":\"W\",\"description\":null,\"active\":true,\"trigger\":{\"type\":\"manual\",\"event\":null,"
                + "\"conditions\":[]},\"steps\":[%s],\"created_by\":\"u\",\"created_at\":\"2024-01-01T00:00:00Z\","
                + "\"updated_at\":\"2024-01-01T00:00:00Z\",\"version\":1}}";

        assertThat(EventSchemas.violations("workflow.created", event.formatted("{\"type\":\"wait\",\"days\":1}")))
                .isEmpty();
        assertThat(EventSchemas.violations("workflow.created",
                event.formatted("{\"type\":\"wait\",\"days\":1,\"hours\":1}"))).isNotEmpty();
        assertThat(EventSchemas.violations("workflow.created", event.formatted("{\"type\":\"teleport\"}")))
                .isNotEmpty();
        assertThat(EventSchemas.violations("workflow.created", event.formatted(""))).isNotEmpty();
    }

    @Test
    void everyEventThatMayTriggerAWorkflowIsAPublishedEventWithASchema() {
        assertThat(Trigger.EVENT_TYPES).allSatisfy(type -> assertThat(
                getClass().getResource("/events/schemas/" + type + ".schema.json")).as(type).isNotNull());
    }
}
