package com.axolop.crm.application.port;

import java.util.ArrayList;
import java.util.List;

/** Test fake: keeps appended events in memory. */
public class InMemoryEventOutbox implements EventOutbox {
    private final List<OutboxEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<OutboxEvent> appended) {
        events.addAll(appended);
    }

    public synchronized List<OutboxEvent> events() {
        return List.copyOf(events);
    }

    public List<String> types() {
        return events().stream().map(OutboxEvent::eventType).toList();
    }
}
