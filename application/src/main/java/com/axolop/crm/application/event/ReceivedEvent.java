package com.axolop.crm.application.event;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An event as a subscriber receives it from the stream (at least once: {@code id} identifies repeats). */
public record ReceivedEvent(UUID id, String type, String aggregateType, String aggregateId, WorkspaceId workspace,
                            Instant occurredAt, Map<String, Object> payload) {
    public ReceivedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(occurredAt, "occurredAt");
        payload = Map.copyOf(payload);
    }
}
