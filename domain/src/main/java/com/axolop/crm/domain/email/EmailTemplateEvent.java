package com.axolop.crm.domain.email;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to an email template. */
public sealed interface EmailTemplateEvent extends RecordEvent<EmailTemplate> {
    record Created(UUID id, Instant occurredAt, EmailTemplate record) implements EmailTemplateEvent {
        public String type() {
            return "email.template_created";
        }
    }

    record Updated(UUID id, Instant occurredAt, EmailTemplate previous, EmailTemplate record)
            implements EmailTemplateEvent, RecordEvent.Update<EmailTemplate> {
        public String type() {
            return "email.template_updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, EmailTemplate record) implements EmailTemplateEvent {
        public String type() {
            return "email.template_deleted";
        }
    }
}
