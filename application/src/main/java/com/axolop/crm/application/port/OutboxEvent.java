package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as it is stored for publishing: {@code payload} is a JSON-ready tree of maps, lists, strings,
 * numbers, booleans and nulls, whose shape is the event's published schema.
 */
public record OutboxEvent(UUID id,
                          String aggregateType,
                          String aggregateId,
                          String eventType,
                          WorkspaceId workspace,
                          Map<String, Object> payload,
                          Instant occurredAt) {
    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
