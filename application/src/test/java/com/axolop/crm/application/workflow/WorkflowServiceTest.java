package com.axolop.crm.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class WorkflowServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final ListQuery<WorkflowFilter, WorkflowSortField> FIRST_PAGE = new ListQuery<>(
            new WorkflowFilter(null, null, DateRange.ALL), new Sort<>(WorkflowSortField.CREATED_AT,
            Sort.Direction.DESC), new PageRequest(1, 20));

    private final InMemoryWorkflowRepository workflows = new InMemoryWorkflowRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final MutableClock clock = new MutableClock(NOW);
    /** The URLs the webhook targets refuse (as an internal address would be). */
    private final Set<String> refusedTargets = new HashSet<>();
    private final WorkflowService service = new WorkflowService(workflows,
            new RecordWritePorts(outbox, new DirectTransactionRunner(), new InMemoryExistingRecords(), clock),
            new InMemoryCache(), url -> {
                if (refusedTargets.contains(url)) {
                    throw new IllegalArgumentException("resolves to an internal address (10.0.0.1)");
                }
            });
    private final Actor member = TestActors.member("acme");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflowIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("workflow");
    }

    @Test
    void createAppendsWorkflowCreatedWithTheWorkflowAsPublished() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));

        assertThat(workflow.revision().createdBy()).isEqualTo(member.user());
        assertThat(service.get(member, workflow.id())).isEqualTo(WorkflowService.KIND.view(workflow));
        assertThat(outbox.types()).containsExactly("workflow.created");
        OutboxEvent created = outbox.events().getFirst();
        assertThat(created.aggregateType()).isEqualTo("workflow");
        assertThat(created.aggregateId()).isEqualTo(workflow.id().toString());
        assertThat(created.occurredAt()).isEqualTo(NOW);
        assertThat(workflowIn(created)).containsOnlyKeys("id", "workspace_id", "name", "description", "active",
                        "trigger", "steps", "created_by", "created_at", "updated_at", "version")
                .containsEntry("name", "Follow up")
                .containsEntry("active", true)
                .containsEntry("version", 1L);
    }

    @Test
    void publishesTheTriggerAndEachStepAsARequestBodySendsThem() {
        Map<String, Object> published = WorkflowSnapshot.of(service.create(member, TestWorkflows.details("F")));

        assertThat(published.get("trigger")).isEqualTo(Map.of("type", "event", "event", "lead.status_changed",
                "conditions", List.of(Map.of("field", "to", "op", "eq", "value", "QUALIFIED"))));
        assertThat(published.get("steps")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(
                Map.of("type", "update_field", "field", "value", "value", new BigDecimal("1500.50")),
                Map.of("type", "add_tag", "tag", "qualified"),
                Map.of("type", "wait", "hours", 2),
                Map.of("type", "condition",
                        "if", List.of(Map.of("field", "lead.value", "op", "gte", "value", new BigDecimal("1000")),
                                Map.of("field", "lead.source", "op", "in",
                                        "value", List.of("web", new BigDecimal("7"), true))),
                        "then", List.of(Map.of("type", "assign", "to", "rep-7"),
                                Map.of("type", "send_email", "template", "leadNotification", "to", "{{lead.email}}",
                                        "data", new CustomFields("{\"discount\":0.15,\"tier\":{\"name\":\"gold\"}}")),
                                Map.of("type", "webhook", "url", "https://hooks.example.com/signed", "signed", true)),
                        "else", List.of(Map.of("type", "webhook", "url", "https://hooks.example.com/crm", "signed",
                                        false),
                                Map.of("type", "update_field", "field", "tags", "value", List.of("cold", "later")))),
                withNull(Map.of("type", "update_field", "field", "notes"), "value"));
    }

    private static Map<String, Object> withNull(Map<String, Object> fields, String key) {
        var map = new LinkedHashMap<>(fields);
        map.put(key, null);
        return map;
    }

    @Test
    void updateAppendsWorkflowUpdatedWithTheChangedFieldsAndTheirPreviousValues() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        clock.advance(Duration.ofMinutes(5));

        Workflow paused = service.update(member, workflow.id(),
                TestWorkflows.withActive(TestWorkflows.details("Follow up"), false), ExpectedVersion.exactly(1));

        assertThat(paused.revision().version()).isEqualTo(2);
        assertThat(outbox.types()).containsExactly("workflow.created", "workflow.updated");
        assertThat(outbox.events().getLast().payload()).containsEntry("changes", List.of("active"))
                .containsEntry("previous", Map.of("active", true));
        assertThat(workflowIn(outbox.events().getLast())).containsEntry("updated_at", NOW.plusSeconds(300).toString());
    }

    @Test
    void anIdenticalUpdateEmitsNothingAndKeepsTheVersion() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));

        assertThat(service.update(member, workflow.id(), TestWorkflows.details("Follow up"), ExpectedVersion.ANY))
                .isEqualTo(workflow);
        assertThat(outbox.types()).containsExactly("workflow.created");
    }

    @Test
    void anUpdateExpectingAnotherVersionIsRefused() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));

        assertThatThrownBy(() -> service.update(member, workflow.id(), TestWorkflows.details("Other"),
                ExpectedVersion.exactly(4))).isInstanceOf(VersionMismatchException.class);
        assertThat(service.get(member, workflow.id())).isEqualTo(WorkflowService.KIND.view(workflow));
    }

    @Test
    void deleteRemovesTheWorkflowAndAppendsWorkflowDeletedWithItsLastState() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));

        service.delete(member, workflow.id(), ExpectedVersion.exactly(1));

        assertThatThrownBy(() -> service.get(member, workflow.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Workflow not found");
        assertThat(workflows.activeFor(member.workspace(), "lead.status_changed")).isEmpty();
        assertThat(outbox.types()).containsExactly("workflow.created", "workflow.deleted");
        assertThat(workflowIn(outbox.events().getLast())).isEqualTo(WorkflowSnapshot.of(workflow));
    }

    @Test
    void aViewerReadsButCannotCreateUpdateOrDelete() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        Actor viewer = TestActors.viewer("acme");

        assertThat(service.get(viewer, workflow.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> service.create(viewer, TestWorkflows.details("Other")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(viewer, workflow.id(), TestWorkflows.details("Other"),
                ExpectedVersion.ANY)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete(viewer, workflow.id(), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThat(outbox.types()).containsExactly("workflow.created");
    }

    @Test
    void anotherWorkspacesWorkflowIsNotFound() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        Actor stranger = TestActors.member("globex");

        assertThatThrownBy(() -> service.get(stranger, workflow.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(stranger, workflow.id(), TestWorkflows.details("Mine"),
                ExpectedVersion.ANY)).isInstanceOf(NotFoundException.class);
        assertThat(service.list(stranger, FIRST_PAGE).total()).isZero();
    }

    @Test
    void aCachedWorkflowIsServedWithoutTheRepository() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        service.get(member, workflow.id());
        workflows.delete(workflow); // behind the cache's back

        assertThat(service.get(member, workflow.id()).fields()).isEqualTo(WorkflowSnapshot.of(workflow));
    }

    @Test
    void aReadAfterAnUpdateSeesTheNewVersionThoughTheOldOneWasCached() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        service.get(member, workflow.id());

        service.update(member, workflow.id(), TestWorkflows.details("Follow up fast"), ExpectedVersion.ANY);

        assertThat(service.get(member, workflow.id()).fields()).containsEntry("name", "Follow up fast");
        assertThat(service.get(member, workflow.id()).version()).isEqualTo(2);
    }

    @Test
    void aListAfterACreateIncludesTheNewWorkflowThoughTheOldPageWasCached() {
        service.create(member, TestWorkflows.details("First"));
        assertThat(service.list(member, FIRST_PAGE).total()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1)); // two ids of one millisecond are in no particular order

        service.create(member, TestWorkflows.details("Second", true, Trigger.MANUAL));

        assertThat(service.list(member, FIRST_PAGE).items()).extracting(fields -> fields.get("name"))
                .containsExactly("Second", "First");
    }

    @Test
    void aDeleteMakesACachedWorkflowNotFound() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        service.get(member, workflow.id());

        service.delete(member, workflow.id(), ExpectedVersion.ANY);

        assertThatThrownBy(() -> service.get(member, workflow.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWebhookStepToATargetTheRulesRefuseIsRefusedUnderItsPathAndNothingIsStored() {
        refusedTargets.add("https://hooks.example.com/signed");

        assertThatThrownBy(() -> service.create(member, TestWorkflows.details("Follow up")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.violations())
                        .containsExactly(new FieldViolation("steps[3].then[2].url", "steps[3].then[2].url resolves"
                                + " to an internal address (10.0.0.1)")));
        assertThat(service.list(member, FIRST_PAGE).total()).isZero();
        assertThat(outbox.types()).isEmpty();
    }

    @Test
    void aWebhookUrlTheWorkflowAlreadyCalledIsNotCheckedAgainButANewOneIs() {
        Workflow workflow = service.create(member, TestWorkflows.details("Follow up"));
        refusedTargets.add("https://hooks.example.com/signed");
        refusedTargets.add("https://hooks.example.com/new");

        service.update(member, workflow.id(), TestWorkflows.details("Renamed"), ExpectedVersion.ANY);

        assertThatThrownBy(() -> service.update(member, workflow.id(), TestWorkflows.withSteps(
                TestWorkflows.details("Renamed"), List.of(new CallWebhook("https://hooks.example.com/new"))),
                ExpectedVersion.ANY)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("steps[0].url resolves to an internal address (10.0.0.1)");
    }
}
