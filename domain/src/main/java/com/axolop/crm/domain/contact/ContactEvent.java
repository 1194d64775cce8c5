package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a contact. */
public sealed interface ContactEvent extends RecordEvent<Contact> {
    record Created(UUID id, Instant occurredAt, Contact record) implements ContactEvent {
        public String type() {
            return "contact.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Contact previous, Contact record)
            implements ContactEvent, RecordEvent.Update<Contact> {
        public String type() {
            return "contact.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Contact record) implements ContactEvent {
        public String type() {
            return "contact.deleted";
        }
    }
}
