package com.axolop.crm.application.workflow;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link WorkflowCauses}. */
public class InMemoryWorkflowCauses implements WorkflowCauses {
    private final Map<UUID, Integer> caused = new ConcurrentHashMap<>();

    @Override
    public void forgetCausesBefore(Instant cutoff) {
        // causes are kept for the test's lifetime
    }

    @Override
    public void recordCaused(Collection<UUID> eventIds, Id<WorkflowExecution> execution, int depth) {
        eventIds.forEach(id -> caused.put(id, depth));
    }

    @Override
    public OptionalInt causedDepth(UUID eventId) {
        Integer depth = caused.get(eventId);
        return depth == null ? OptionalInt.empty() : OptionalInt.of(depth);
    }
}
