package com.axolop.crm.application.activity;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of the activity timeline: what happened to which record, when (one per event). */
public record Activity(UUID id, WorkspaceId workspace, String entityType, String entityId, String type,
                       Instant occurredAt, String summary) {
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(summary, "summary");
    }
}
