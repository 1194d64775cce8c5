package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.lead.LeadEvent;
import com.axolop.crm.domain.shared.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns lead events into outbox rows. Every payload has {@code lead}; changes add what they changed. */
final class LeadEvents {
    static final String AGGREGATE_TYPE = "lead";

    private LeadEvents() {
    }

    static List<OutboxEvent> toOutbox(List<LeadEvent> events) {
        return events.stream().map(LeadEvents::toOutbox).toList();
    }

    private static OutboxEvent toOutbox(LeadEvent event) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("lead", LeadSnapshot.of(event.lead()));
        switch (event) {
            case LeadEvent.LeadUpdated updated -> {
                Map<String, Object> previous = LeadSnapshot.previousValues(updated.previous(), updated.lead());
                payload.put("changes", new ArrayList<>(previous.keySet()));
                payload.put("previous", previous);
            }
            case LeadEvent.LeadStatusChanged changed -> {
                payload.put("from", changed.from().name());
                payload.put("to", changed.to().name());
            }
            case LeadEvent.LeadAssigned assigned -> {
                payload.put("from", userOrNull(assigned.from()));
                payload.put("to", userOrNull(assigned.to()));
            }
            case LeadEvent.LeadConverted converted -> {
                payload.put("contact_id", converted.contactId().toString());
                payload.put("opportunity_id", converted.opportunityId() == null ? null
                        : converted.opportunityId().toString());
            }
            case LeadEvent.LeadCreated created -> { }
            case LeadEvent.LeadDeleted deleted -> { }
        }
        return new OutboxEvent(event.eventId(), AGGREGATE_TYPE, event.lead().id().toString(), event.type(),
                event.lead().workspaceId(), payload, event.occurredAt());
    }

    private static String userOrNull(UserId user) {
        return user == null ? null : user.value();
    }
}
