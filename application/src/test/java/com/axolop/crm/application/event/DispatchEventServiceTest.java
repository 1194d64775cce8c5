package com.axolop.crm.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DispatchEventServiceTest {
    private final Recording leads = new Recording("leads", "lead.created");
    private final Recording contacts = new Recording("contacts", "contact.created");
    private final Set<String> processed = new HashSet<>();
    private final DispatchEventService dispatch = new DispatchEventService(List.of(leads, contacts),
            (subscriber, eventId) -> processed.add(subscriber + "/" + eventId), new DirectTransactionRunner());

    @Test
    void aRedeliveredEventReachesEachSubscriberOnce() {
        ReceivedEvent event = event("lead.created");

        dispatch.dispatch(event);
        dispatch.dispatch(event);

        assertThat(leads.handled).containsExactly(event.id());
    }

    @Test
    void subscribersOnlyGetTheEventsTheyAccept() {
        dispatch.dispatch(event("lead.created"));

        assertThat(contacts.handled).isEmpty();
        assertThat(leads.handled).hasSize(1);
    }

    private static ReceivedEvent event(String type) {
        return new ReceivedEvent(Uuids.v7(), type, "lead", "lead-1", new WorkspaceId("ws"), Instant.now(), Map.of());
    }

    private static final class Recording implements EventSubscriber {
        private final String name;
        private final String type;
        private final List<UUID> handled = new ArrayList<>();

        Recording(String name, String type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean accepts(String eventType) {
            return type.equals(eventType);
        }

        @Override
        public void handle(ReceivedEvent event) {
            handled.add(event.id());
        }
    }
}
