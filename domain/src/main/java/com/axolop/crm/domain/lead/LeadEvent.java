package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** What happened to a lead. */
public sealed interface LeadEvent extends RecordEvent<Lead> {
    record Created(UUID id, Instant occurredAt, Lead record) implements LeadEvent {
        public String type() {
            return "lead.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Lead previous, Lead record)
            implements LeadEvent, RecordEvent.Update<Lead> {
        public String type() {
            return "lead.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Lead record) implements LeadEvent {
        public String type() {
            return "lead.deleted";
        }
    }

    record StatusChanged(UUID id, Instant occurredAt, Lead record, LeadStatus from, LeadStatus to)
            implements LeadEvent {
        public String type() {
            return "lead.status_changed";
        }
    }

    record Assigned(UUID id, Instant occurredAt, Lead record, UserId from, UserId to) implements LeadEvent {
        public String type() {
            return "lead.assigned";
        }
    }

    /**
     * The lead became a contact (and an opportunity, or null); follows the lead.updated and lead.status_changed
     * of the same write. The ids are plain UUIDs: contacts and opportunities refer to leads, so naming their
     * types here would make the packages depend on each other.
     */
    record Converted(UUID id, Instant occurredAt, Lead record, UUID contactId, UUID opportunityId)
            implements LeadEvent {
        public String type() {
            return "lead.converted";
        }
    }
}
