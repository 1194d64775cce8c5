package com.axolop.crm.application.event;

/** Reacts to events of the stream; each event reaches it once however often it is delivered. */
public interface EventSubscriber {
    /** Stable name: delivery is deduplicated per (subscriber, event id). */
    String name();

    boolean accepts(String eventType);

    /** Runs in the transaction that records the event as processed by this subscriber. */
    void handle(ReceivedEvent event);
}
