package com.axolop.crm.application.workflow;

import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The event outbox every service writes through, which can tell the workflow engine which events one of its steps
 * caused (so the triggers can count how deep a chain of workflows goes). Outside a step it only appends.
 */
public final class CausalOutbox implements EventOutbox {
    private final EventOutbox outbox;
    private final ThreadLocal<List<UUID>> caught = new ThreadLocal<>();

    public CausalOutbox(EventOutbox outbox) {
        this.outbox = Objects.requireNonNull(outbox);
    }

    @Override
    public void append(List<OutboxEvent> events) {
        outbox.append(events);
        List<UUID> ids = caught.get();
        if (ids != null) {
            events.forEach(event -> ids.add(event.id()));
        }
    }

    /** Runs {@code work} on this thread; returns the ids of the events it appended. */
    List<UUID> catching(Runnable work) {
        List<UUID> ids = new ArrayList<>();
        caught.set(ids);
        try {
            work.run();
        } finally {
            caught.remove();
        }
        return ids;
    }
}
