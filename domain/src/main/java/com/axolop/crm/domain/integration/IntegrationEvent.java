package com.axolop.crm.domain.integration;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to an integration; payloads show its credentials masked only. */
public sealed interface IntegrationEvent extends RecordEvent<Integration> {
    record Created(UUID id, Instant occurredAt, Integration record) implements IntegrationEvent {
        public String type() {
            return "integration.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Integration previous, Integration record)
            implements IntegrationEvent, RecordEvent.Update<Integration> {
        public String type() {
            return "integration.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Integration record) implements IntegrationEvent {
        public String type() {
            return "integration.deleted";
        }
    }
}
