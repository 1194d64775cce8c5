package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Workflow executions end to end: the job queue runs the steps, Kafka brings the trigger events. */
class WorkflowExecutionsApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));

    private String workflow(String trigger, String steps) {
        Api.Answer created = api.post("/api/v1/workflows", "{\"name\":\"Flow\",\"trigger\":" + trigger
                + ",\"steps\":" + steps + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private String manual(String steps) {
        return workflow("{\"type\":\"manual\"}", steps);
    }

    private String execute(String workflow, String lead) {
        Api.Answer started = api.post("/api/v1/workflows/" + workflow + "/execute", "{\"lead_id\":\"" + lead + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().at("/data/status").asText()).isEqualTo("queued");
        return started.json().at("/data/execution_id").asText();
    }

    private JsonNode execution(String workflow, String execution) {
        return api.get("/api/v1/workflows/" + workflow + "/executions/" + execution).json().path("data");
    }

    private JsonNode finished(String workflow, String execution) {
        within(Duration.ofSeconds(20), () -> List.of("completed", "failed", "cancelled")
                .contains(execution(workflow, execution).path("status").asText()));
        return execution(workflow, execution);
    }

    private JsonNode lead(String id) {
        return api.get("/api/v1/leads/" + id).json().path("data");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static void within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void sql(String statement, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, parameter);
            update.executeUpdate();
        }
    }

    /** The execution's step jobs not yet finished. */
    private static long pendingJobs(String execution) {
        try (Connection connection = DriverManager.getConnection(TestServer.postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement count = connection.prepareStatement("select count(*) from jobs where queue = 'workflow'"
                     + " and state in ('waiting', 'active') and payload::jsonb ->> 'execution_id' = ?")) {
            count.setString(1, execution);
            try (var result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the execution's delayed step due now, as if its wait were over. */
    private static void endWait(String execution) throws SQLException {
        sql("update jobs set run_at = now() where queue = 'workflow' and state = 'waiting'"
                + " and payload::jsonb ->> 'execution_id' = ?", execution);
    }

    @Test
    void aManualExecutionRunsEveryStepOnTheLeadAndCompletes() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"update_field\",\"field\":\"status\",\"value\":\"CONTACTED\"},"
                + "{\"type\":\"add_tag\",\"tag\":\"nurtured\"},{\"type\":\"assign\",\"to\":\"rep-9\"}]");

        JsonNode done = finished(workflow, execute(workflow, lead));

        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("steps")).extracting(step -> step.path("type").asText() + ":" + step.path("status")
                .asText()).containsExactly("update_field:completed", "add_tag:completed", "assign:completed");
        JsonNode changed = lead(lead);
        assertThat(changed.path("status").asText()).isEqualTo("CONTACTED");
        assertThat(texts(changed.path("tags"))).contains("nurtured");
        assertThat(changed.path("assigned_to").asText()).isEqualTo("rep-9");
    }

    @Test
    void aConditionStepTakesTheBranchTheRecordMatches() {
        String big = api.createLead("{\"name\":\"Big\",\"value\":5000}");
        String small = api.createLead("{\"name\":\"Small\",\"value\":10}");
        String workflow = manual("[{\"type\":\"condition\",\"if\":[{\"field\":\"lead.value\",\"op\":\"gt\","
                + "\"value\":1000}],\"then\":[{\"type\":\"add_tag\",\"tag\":\"big\"}],"
                + "\"else\":[{\"type\":\"add_tag\",\"tag\":\"small\"}]}]");

        finished(workflow, execute(workflow, big));
        finished(workflow, execute(workflow, small));

        assertThat(texts(lead(big).path("tags"))).contains("big").doesNotContain("small");
        assertThat(texts(lead(small).path("tags"))).contains("small").doesNotContain("big");
    }

    @Test
    void aWaitStepHoldsTheNextStepUntilItsTimeComes() throws SQLException {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"wait\",\"minutes\":30},{\"type\":\"add_tag\",\"tag\":\"followed-up\"}]");
        String execution = execute(workflow, lead);

        within(Duration.ofSeconds(20), () -> execution(workflow, execution).path("status").asText().equals("waiting"));
        assertThat(texts(lead(lead).path("tags"))).doesNotContain("followed-up");

        endWait(execution);

        assertThat(finished(workflow, execution).path("status").asText()).isEqualTo("completed");
        assertThat(texts(lead(lead).path("tags"))).contains("followed-up");
    }

    @Test
    void aCancelledExecutionRunsNoFurtherStep() throws SQLException {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"wait\",\"minutes\":30},{\"type\":\"add_tag\",\"tag\":\"late\"}]");
        String execution = execute(workflow, lead);
        within(Duration.ofSeconds(20), () -> execution(workflow, execution).path("status").asText().equals("waiting"));

        Api.Answer cancelled = api.post("/api/v1/workflows/" + workflow + "/executions/" + execution + "/cancel", "");
        endWait(execution);

        assertThat(cancelled.json().at("/data/status").asText()).isEqualTo("cancelled");
        within(Duration.ofSeconds(10), () -> pendingJobs(execution) == 0);
        assertThat(texts(lead(lead).path("tags"))).doesNotContain("late");
        assertError(api.post("/api/v1/workflows/" + workflow + "/executions/" + execution + "/cancel", ""), 409,
                "/api/v1/workflows/" + workflow + "/executions/" + execution + "/cancel");
    }

    @Test
    void aSendEmailStepQueuesTheMailAndMovesOn() {
        String lead = api.createLead("{\"name\":\"Acme\",\"email\":\"step-" + workspace + "@acme.test\"}");
        String workflow = manual("[{\"type\":\"send_email\",\"template\":\"welcome\",\"to\":\"{{lead.email}}\"}]");

        JsonNode done = finished(workflow, execute(workflow, lead));

        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.at("/steps/0/output/to").asText()).isEqualTo("step-" + workspace + "@acme.test");
        assertThat(done.at("/steps/0/output/email_id").asText()).isNotBlank();
    }

    @Test
    void aSendEmailStepToARecordWithoutAnAddressFailsVisibly() {
        String lead = api.createLead("{\"name\":\"No mail\"}");
        String workflow = manual("[{\"type\":\"send_email\",\"template\":\"welcome\",\"to\":\"{{lead.email}}\"}]");

        JsonNode done = finished(workflow, execute(workflow, lead));

        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("error").asText()).contains("lead.email");
        assertThat(done.at("/steps/0/status").asText()).isEqualTo("failed");
    }

    @Test
    void anEventTriggerStartsTheWorkflowOnlyWhenItsConditionsHold() {
        String workflow = workflow("{\"type\":\"event\",\"event\":\"lead.created\",\"conditions\":"
                + "[{\"field\":\"lead.source\",\"op\":\"eq\",\"value\":\"web\"}]}",
                "[{\"type\":\"add_tag\",\"tag\":\"from-web\"}]");

        String web = api.createLead("{\"name\":\"Web\",\"source\":\"web\"}");
        String fair = api.createLead("{\"name\":\"Fair\",\"source\":\"fair\"}");

        within(Duration.ofSeconds(20), () -> texts(lead(web).path("tags")).contains("from-web"));
        JsonNode executions = api.get("/api/v1/workflows/" + workflow + "/executions").json();
        assertThat(executions.at("/pagination/total").asLong()).isEqualTo(1);
        assertThat(executions.at("/data/0/record_id").asText()).isEqualTo(web);
        assertThat(executions.at("/data/0/trigger_event_id").asText()).isNotBlank();
        assertThat(texts(lead(fair).path("tags"))).doesNotContain("from-web");
    }

    @Test
    void aChainOfWorkflowsStartedByEachOthersChangesStopsAfterFive() {
        workflow("{\"type\":\"event\",\"event\":\"lead.updated\"}",
                "[{\"type\":\"update_field\",\"field\":\"status\",\"value\":\"CONTACTED\"}]");
        String second = workflow("{\"type\":\"event\",\"event\":\"lead.updated\"}",
                "[{\"type\":\"update_field\",\"field\":\"status\",\"value\":\"QUALIFIED\"}]");
        String lead = api.createLead("{\"name\":\"Ping pong\"}");

        api.put("/api/v1/leads/" + lead, "{\"name\":\"Ping pong\",\"notes\":\"go\"}");

        within(Duration.ofSeconds(60), () -> api.get("/api/v1/workflows/" + second + "/executions?status=failed")
                .json().at("/pagination/total").asLong() > 0);
        JsonNode failed = api.get("/api/v1/workflows/" + second + "/executions?status=failed").json().at("/data/0");
        assertThat(failed.path("error").asText()).contains("more than 5");
        assertThat(failed.path("depth").asInt()).isGreaterThan(5);
    }

    @Test
    void aStepWhoseJobArrivesAgainDoesNotRunTwice() throws SQLException {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"update_field\",\"field\":\"notes\",\"value\":\"once\"},"
                + "{\"type\":\"add_tag\",\"tag\":\"done\"}]");
        String execution = execute(workflow, lead);
        finished(workflow, execution);
        long version = lead(lead).path("version").asLong();

        sql("insert into jobs (id, workspace_id, queue, type, payload, priority, state, max_attempts, run_at,"
                + " created_at) select gen_random_uuid(), workspace_id, 'workflow', 'step',"
                + " json_build_object('execution_id', id, 'cursor', '0'), 3, 'waiting', 3, now(), now()"
                + " from workflow_executions where id = ?::uuid", execution);
        within(Duration.ofSeconds(10), () -> pendingJobs(execution) == 0);

        assertThat(execution(workflow, execution).path("steps")).hasSize(2);
        assertThat(lead(lead).path("version").asLong()).isEqualTo(version);
    }

    @Test
    void aLaterExecutionOnTheSameRecordWaitsItsTurnWithoutPolling() throws SQLException {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"wait\",\"minutes\":30},{\"type\":\"add_tag\",\"tag\":\"x\"}]");
        String first = execute(workflow, lead);
        String second = execute(workflow, lead);
        within(Duration.ofSeconds(20), () -> execution(workflow, first).path("status").asText().equals("waiting")
                && pendingJobs(second) == 0);
        assertThat(execution(workflow, second).path("status").asText()).isEqualTo("queued");

        endWait(first);

        assertThat(finished(workflow, first).path("status").asText()).isEqualTo("completed");
        within(Duration.ofSeconds(20), () -> execution(workflow, second).path("status").asText().equals("waiting"));
    }

    @Test
    void aStepTheRecordRefusesFailsTheExecutionAtOnceWithTheStepLogged() {
        String contact = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}").json().at("/data/id").asText();
        String workflow = manual("[{\"type\":\"update_field\",\"field\":\"first_name\",\"value\":null}]");
        Api.Answer started = api.post("/api/v1/workflows/" + workflow + "/execute",
                "{\"record_type\":\"contact\",\"record_id\":\"" + contact + "\"}");

        JsonNode done = finished(workflow, started.json().at("/data/execution_id").asText());

        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("steps")).hasSize(1);
        assertThat(done.at("/steps/0/error").asText()).contains("first_name or last_name");
    }

    @Test
    void anInactiveWorkflowIsNotRun() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        Api.Answer created = api.post("/api/v1/workflows", "{\"name\":\"Off\",\"active\":false,"
                + "\"trigger\":{\"type\":\"manual\"},\"steps\":[{\"type\":\"add_tag\",\"tag\":\"x\"}]}");
        String workflow = created.json().at("/data/id").asText();

        assertError(api.post("/api/v1/workflows/" + workflow + "/execute", "{\"lead_id\":\"" + lead + "\"}"), 409,
                "/api/v1/workflows/" + workflow + "/execute");
    }

    @Test
    void anExecutionNeedsARecordOfTheWorkspace() {
        String workflow = manual("[{\"type\":\"add_tag\",\"tag\":\"x\"}]");
        String path = "/api/v1/workflows/" + workflow + "/execute";

        assertThat(ErrorFormat.fieldsInError(assertError(api.post(path, "{}"), 400, path)))
                .contains("record_type", "record_id");
        assertThat(ErrorFormat.fieldsInError(assertError(api.post(path,
                "{\"record_type\":\"form\",\"record_id\":\"" + UUID.randomUUID() + "\"}"), 400, path)))
                .contains("record_type");
        assertThat(ErrorFormat.fieldsInError(assertError(api.post(path,
                "{\"lead_id\":\"" + UUID.randomUUID() + "\"}"), 400, path))).contains("record_id");
        assertError(Api.as(TestTokens.withRole(workspace, "viewer")).post(path, "{\"lead_id\":\""
                + api.createLead("{\"name\":\"Acme\"}") + "\"}"), 403, path);
    }

    @Test
    void executingIsLimitedToTenAMinutePerUser() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"add_tag\",\"tag\":\"x\"}]");
        String path = "/api/v1/workflows/" + workflow + "/execute";
        for (int i = 0; i < 10; i++) {
            assertThat(api.post(path, "{\"lead_id\":\"" + lead + "\"}").status()).isEqualTo(202);
        }

        Api.Answer limited = api.post(path, "{\"lead_id\":\"" + lead + "\"}");

        assertError(limited, 429, path);
        assertThat(limited.header("Retry-After")).isPresent();
    }

    @Test
    void anotherWorkspacesExecutionIsNotFound() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String workflow = manual("[{\"type\":\"add_tag\",\"tag\":\"x\"}]");
        String execution = execute(workflow, lead);
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String path = "/api/v1/workflows/" + workflow + "/executions/" + execution;

        String unknown = "/api/v1/workflows/" + workflow + "/executions/" + UUID.randomUUID();

        assertError(stranger.get(path), 404, path);
        assertError(api.get(unknown), 404, unknown);
    }
}
