package com.axolop.crm.application.adapterport;

import com.axolop.crm.application.port.OutboxEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes committed events to the event stream. The outbox relay hands it at most one event per aggregate at a
 * time, and the next event of an aggregate only once the previous one was acknowledged, so whatever the stream
 * does, an aggregate's events never overtake each other.
 */
public interface EventPublisher {
    /**
     * Sends the events and waits for the stream's answer to each; returns the ids of those it acknowledged. It
     * stops sending at the first event the stream cannot take at all (the rest are not sent). An event not
     * acknowledged may still have been written (its acknowledgement was lost): it is sent again, so consumers
     * dedupe by id. Throws when nothing could be sent.
     */
    Set<UUID> publish(List<OutboxEvent> events);
}
