package com.axolop.crm.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static WorkflowDetails details(String name, boolean active, Trigger trigger) {
        return new WorkflowDetails(name, null, active, trigger, List.of(new AddTag("new")));
    }

    private static final Trigger ON_LEAD_CREATED = Trigger.on("lead.created", List.of());

    private final Change<Workflow> created = Workflow.create(Id.newId(), new WorkspaceId("ws"),
            details("Tag new leads", true, ON_LEAD_CREATED), new UserId("u"), T0);
    private final Workflow workflow = created.record();

    @Test
    void aNewWorkflowIsAtItsFirstVersionAndRaisesWorkflowCreated() {
        assertThat(workflow.revision().version()).isEqualTo(1);
        assertThat(workflow.revision().createdBy()).isEqualTo(new UserId("u"));
        assertThat(created.events()).singleElement().satisfies(event -> {
            assertThat(event).isInstanceOf(WorkflowEvent.Created.class);
            assertThat(event.type()).isEqualTo("workflow.created");
            assertThat(event.occurredAt()).isEqualTo(T0);
        });
    }

    @Test
    void anUpdateWithTheSameDefinitionChangesNothing() {
        var change = workflow.update(details("Tag new leads", true, ON_LEAD_CREATED), T0.plusSeconds(60));

        assertThat(change.record()).isSameAs(workflow);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheDefinitionAdvancesTheVersionAndRaisesWorkflowUpdated() {
        var change = workflow.update(details("Tag new leads", false, ON_LEAD_CREATED), T0.plusSeconds(60));

        assertThat(change.record().details().active()).isFalse();
        assertThat(change.record().revision().version()).isEqualTo(2);
        assertThat(change.events()).singleElement().isEqualTo(new WorkflowEvent.Updated(
                change.events().getFirst().id(), T0.plusSeconds(60), workflow, change.record()));
        assertThat(change.events().getFirst().type()).isEqualTo("workflow.updated");
    }

    @Test
    void aDeletionRaisesWorkflowDeletedWithTheLastState() {
        var change = workflow.delete(T0.plusSeconds(60));

        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("workflow.deleted");
            assertThat(event.record()).isEqualTo(workflow);
        });
    }

    @Test
    void isTriggeredOnlyByItsEventTypeAndOnlyWhileActive() {
        Workflow inactive = workflow.update(details("Tag new leads", false, ON_LEAD_CREATED), T0).record();
        Workflow manual = workflow.update(details("Tag new leads", true, Trigger.MANUAL), T0).record();

        assertThat(workflow.isTriggeredBy("lead.created")).isTrue();
        assertThat(workflow.isTriggeredBy("lead.updated")).isFalse();
        assertThat(inactive.isTriggeredBy("lead.created")).isFalse();
        assertThat(manual.isTriggeredBy("lead.created")).isFalse();
    }
}
