package com.axolop.crm.application.workflow;

import com.axolop.crm.application.event.EventSubscriber;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.domain.workflow.Conditions;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Starts the workspace's active workflows whose trigger names an event and whose conditions hold for its payload:
 * one execution per workflow and event, so a redelivered event starts nothing twice. An event caused by a
 * workflow's step starts executions one level deeper.
 */
public class WorkflowTriggers implements EventSubscriber {
    private final WorkflowRepository workflows;
    private final WorkflowCauses causes;
    private final WorkflowEngine engine;
    private final Clock clock;

    public WorkflowTriggers(WorkflowRepository workflows, WorkflowCauses causes, WorkflowEngine engine,
                            Clock clock) {
        this.workflows = Objects.requireNonNull(workflows);
        this.causes = Objects.requireNonNull(causes);
        this.engine = Objects.requireNonNull(engine);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String name() {
        return "workflow-triggers";
    }

    @Override
    public boolean accepts(String eventType) {
        return Trigger.EVENT_TYPES.contains(eventType);
    }

    @Override
    public void handle(ReceivedEvent event) {
        int depth = causes.causedDepth(event.id()).orElse(-1) + 1;
        for (Workflow workflow : workflows.activeFor(event.workspace(), event.type())) {
            if (Conditions.allHold(workflow.details().trigger().conditions(), event.payload())) {
                engine.start(WorkflowExecution.queued(event.workspace(), workflow, recordType(event),
                        recordId(event), event.id(), depth, clock.instant()));
            }
        }
    }

    // A form submission runs on the lead it made or updated.
    private static String recordType(ReceivedEvent event) {
        return event.aggregateType().equals("form") ? "lead" : event.aggregateType();
    }

    private static UUID recordId(ReceivedEvent event) {
        return UUID.fromString(event.aggregateType().equals("form") ? (String) event.payload().get("lead_id")
                : event.aggregateId());
    }
}
