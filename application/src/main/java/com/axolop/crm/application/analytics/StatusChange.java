package com.axolop.crm.application.analytics;

import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A lead entering a status: {@code from} is null when the lead was created in it. One per event. */
public record StatusChange(UUID eventId, WorkspaceId workspace, UUID leadId, LeadStatus from, LeadStatus to,
                           Instant at) {
    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
