package com.axolop.crm.application.workflow;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Instant;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.UUID;

/** Which events workflow steps caused, and how deep in a chain of workflows: the triggers' loop guard. */
public interface WorkflowCauses {
    /** Notes that a step of {@code execution} (at {@code depth}) caused these events. */
    void recordCaused(Collection<UUID> eventIds, Id<WorkflowExecution> execution, int depth);

    /** The depth of the execution whose step caused this event, if a step did. */
    OptionalInt causedDepth(UUID eventId);

    /** Forgets the causes noted before {@code cutoff}: the loop guard only needs recent ones. */
    void forgetCausesBefore(Instant cutoff);
}
