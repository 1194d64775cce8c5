package com.axolop.crm.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link WorkflowRepository} does besides the generic record behaviour: its filters and triggers. */
public abstract class WorkflowRepositoryContract
        extends RecordRepositoryContract<Workflow, WorkflowFilter, WorkflowSortField> {
    private static final UserId CREATOR = new UserId("creator");
    private static final WorkflowFilter ALL = new WorkflowFilter(null, null, DateRange.ALL);

    protected WorkflowRepository workflows;

    protected abstract WorkflowRepository createWorkflowRepository();

    @Override
    protected final RecordRepository<Workflow, WorkflowFilter, WorkflowSortField> createRepository() {
        workflows = createWorkflowRepository();
        return workflows;
    }

    @Override
    protected Workflow newRecord(Id<Workflow> id, WorkspaceId workspace) {
        return workflow(id, workspace, TestWorkflows.details("Follow up"), T0);
    }

    @Override
    protected Workflow nextVersion(Workflow workflow) {
        WorkflowDetails changed = TestWorkflows.withSteps(TestWorkflows.withName(workflow.details(), "Follow up (v2)"),
                List.of(new AddTag("v2")));
        return new Workflow(workflow.id(), workflow.workspaceId(), changed,
                workflow.revision().next(workflow.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected WorkflowFilter everything() {
        return ALL;
    }

    @Override
    protected Class<WorkflowSortField> sortFields() {
        return WorkflowSortField.class;
    }

    @Override
    protected Set<WorkflowSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected Workflow ranked(Id<Workflow> id, WorkspaceId workspace, WorkflowSortField field, Integer rank) {
        return switch (field) {
            case CREATED_AT -> workflow(id, workspace, TestWorkflows.details("Follow up"), T0.plusSeconds(rank));
            case UPDATED_AT -> new Workflow(id, workspace, TestWorkflows.details("Follow up"),
                    new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case NAME -> workflow(id, workspace, TestWorkflows.details("rank" + (char) ('a' + rank)), T0);
        };
    }

    private Workflow stored(WorkflowDetails details, Instant createdAt) {
        return stored(workflow(Id.newId(), workspace, details, createdAt));
    }

    private static Workflow workflow(Id<Workflow> id, WorkspaceId workspace, WorkflowDetails details,
                                     Instant createdAt) {
        return new Workflow(id, workspace, details, Revision.first(CREATOR, createdAt));
    }

    private static WorkflowDetails on(String event, boolean active) {
        return TestWorkflows.details("On " + event, active, TestWorkflows.onEvent(event));
    }

    @Test
    void keepsEveryKindOfStepAndTheTriggerExactlyAsDefined() {
        Workflow workflow = stored(TestWorkflows.details("Follow up"), T0);

        assertThat(workflows.findById(workspace, workflow.id())).hasValueSatisfying(found -> {
            assertThat(found.details().trigger()).isEqualTo(workflow.details().trigger());
            assertThat(found.details().steps()).isEqualTo(TestWorkflows.EVERY_STEP);
            assertThat(found).isEqualTo(workflow);
        });
    }

    @Test
    void keepsAManualWorkflowWithoutDescription() {
        Workflow manual = stored(new WorkflowDetails("By hand", null, false, Trigger.MANUAL,
                List.of(new AddTag("picked"))), T0);

        assertThat(workflows.findById(workspace, manual.id())).contains(manual);
    }

    @Test
    void filtersByWhetherAWorkflowIsActive() {
        Workflow active = stored(on("lead.created", true), T0);
        Workflow inactive = stored(on("lead.created", false), T0.plusSeconds(1));

        assertThat(listed(new WorkflowFilter(true, null, DateRange.ALL))).containsExactly(active);
        assertThat(listed(new WorkflowFilter(false, null, DateRange.ALL))).containsExactly(inactive);
        assertThat(listed(ALL)).containsExactly(active, inactive);
    }

    @Test
    void filtersByTheEventThatTriggersAWorkflowAloneOrWithActive() {
        Workflow created = stored(on("lead.created", true), T0);
        Workflow createdInactive = stored(on("lead.created", false), T0.plusSeconds(1));
        stored(on("lead.updated", true), T0.plusSeconds(2));
        stored(TestWorkflows.details("By hand", true, Trigger.MANUAL), T0.plusSeconds(3));

        assertThat(listed(new WorkflowFilter(null, "lead.created", DateRange.ALL)))
                .containsExactly(created, createdInactive);
        assertThat(listed(new WorkflowFilter(true, "lead.created", DateRange.ALL))).containsExactly(created);
    }

    @Test
    void filtersByCreationTimeIncludingTheStartAndExcludingTheEnd() {
        stored(TestWorkflows.details("before"), T0.minusSeconds(1));
        Workflow atStart = stored(TestWorkflows.details("start"), T0);
        stored(TestWorkflows.details("end"), T0.plusSeconds(60));

        assertThat(listed(new WorkflowFilter(null, null, new DateRange(T0, T0.plusSeconds(60)))))
                .containsExactly(atStart);
    }

    @Test
    void findsTheActiveWorkflowsAnEventTriggersOldestFirst() {
        Workflow second = stored(on("lead.created", true), T0.plusSeconds(5));
        Workflow first = stored(on("lead.created", true), T0);
        stored(on("lead.created", false), T0.plusSeconds(1));
        stored(on("lead.updated", true), T0.plusSeconds(2));
        stored(TestWorkflows.details("By hand", true, Trigger.MANUAL), T0.plusSeconds(3));

        assertThat(workflows.activeFor(workspace, "lead.created")).containsExactly(first, second);
        assertThat(workflows.activeFor(workspace, "contact.created")).isEmpty();
    }

    @Test
    void theActiveWorkflowsOfAnEventAreThoseOfTheWorkspaceOnly() {
        stored(on("lead.created", true), T0);
        WorkspaceId other = newWorkspace();

        assertThat(workflows.activeFor(other, "lead.created")).isEmpty();
    }

    @Test
    void aWorkflowMadeInactiveIsNoLongerTriggered() {
        Workflow workflow = stored(on("lead.created", true), T0);
        Workflow paused = new Workflow(workflow.id(), workspace, TestWorkflows.withActive(workflow.details(), false),
                workflow.revision().next(T0.plusSeconds(60)));

        workflows.update(paused);

        assertThat(workflows.activeFor(workspace, "lead.created")).isEmpty();
    }
}
