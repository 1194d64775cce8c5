package com.axolop.crm.domain.form;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a form. */
public sealed interface FormEvent extends RecordEvent<Form> {
    record Created(UUID id, Instant occurredAt, Form record) implements FormEvent {
        public String type() {
            return "form.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Form previous, Form record)
            implements FormEvent, RecordEvent.Update<Form> {
        public String type() {
            return "form.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Form record) implements FormEvent {
        public String type() {
            return "form.deleted";
        }
    }
}
