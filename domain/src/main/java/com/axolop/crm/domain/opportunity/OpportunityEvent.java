package com.axolop.crm.domain.opportunity;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to an opportunity. */
public sealed interface OpportunityEvent extends RecordEvent<Opportunity> {
    record Created(UUID id, Instant occurredAt, Opportunity record) implements OpportunityEvent {
        public String type() {
            return "opportunity.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Opportunity previous, Opportunity record)
            implements OpportunityEvent, RecordEvent.Update<Opportunity> {
        public String type() {
            return "opportunity.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Opportunity record) implements OpportunityEvent {
        public String type() {
            return "opportunity.deleted";
        }
    }

    record StageChanged(UUID id, Instant occurredAt, Opportunity record, OpportunityStage from, OpportunityStage to)
            implements OpportunityEvent {
        public String type() {
            return "opportunity.stage_changed";
        }
    }

    /** The deal entered CLOSED_WON (on creation, or from another stage). */
    record Won(UUID id, Instant occurredAt, Opportunity record) implements OpportunityEvent {
        public String type() {
            return "opportunity.won";
        }
    }

    /** The deal entered CLOSED_LOST (on creation, or from another stage). */
    record Lost(UUID id, Instant occurredAt, Opportunity record) implements OpportunityEvent {
        public String type() {
            return "opportunity.lost";
        }
    }
}
