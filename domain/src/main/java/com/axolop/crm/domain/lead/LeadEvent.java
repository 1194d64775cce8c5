package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** What happened to a lead; {@link #type()} is the event name of the API contract. */
public sealed interface LeadEvent {
    UUID eventId();

    Instant occurredAt();

    /** The lead as it is after the event (as it was, for a deletion). */
    Lead lead();

    String type();

    static UUID newId() {
        return Uuids.v7();
    }

    record LeadCreated(UUID eventId, Instant occurredAt, Lead lead) implements LeadEvent {
        public String type() {
            return "lead.created";
        }
    }

    record LeadUpdated(UUID eventId, Instant occurredAt, Lead previous, Lead lead) implements LeadEvent {
        public String type() {
            return "lead.updated";
        }
    }

    record LeadDeleted(UUID eventId, Instant occurredAt, Lead lead) implements LeadEvent {
        public String type() {
            return "lead.deleted";
        }
    }

    record LeadStatusChanged(UUID eventId, Instant occurredAt, Lead lead, LeadStatus from, LeadStatus to)
            implements LeadEvent {
        public String type() {
            return "lead.status_changed";
        }
    }

    record LeadAssigned(UUID eventId, Instant occurredAt, Lead lead, UserId from, UserId to) implements LeadEvent {
        public String type() {
            return "lead.assigned";
        }
    }

    /**
     * The lead became a contact (and an opportunity, or null); follows the lead.updated and
     * lead.status_changed of the same write. The ids are plain UUIDs: contacts and opportunities refer to
     * leads, so naming their types here would make the packages depend on each other.
     */
    record LeadConverted(UUID eventId, Instant occurredAt, Lead lead, UUID contactId, UUID opportunityId)
            implements LeadEvent {
        public String type() {
            return "lead.converted";
        }
    }
}
