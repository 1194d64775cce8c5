package com.axolop.crm.application.event;

import com.axolop.crm.application.port.TransactionRunner;
import java.util.List;
import java.util.Objects;

/**
 * Exactly-once effects from at-least-once delivery: for each subscriber, the "processed" mark and the
 * subscriber's own writes commit in one transaction, so a redelivered event finds the mark and is skipped.
 */
public class DispatchEventService implements DispatchEventUseCase {
    private final List<EventSubscriber> subscribers;
    private final ProcessedEvents processed;
    private final TransactionRunner transactions;

    public DispatchEventService(List<EventSubscriber> subscribers, ProcessedEvents processed,
                                TransactionRunner transactions) {
        this.subscribers = List.copyOf(subscribers);
        this.processed = Objects.requireNonNull(processed);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public void dispatch(ReceivedEvent event) {
        for (EventSubscriber subscriber : subscribers) {
            if (subscriber.accepts(event.type())) {
                transactions.inTransaction(() -> {
                    if (processed.recordFirst(subscriber.name(), event.id())) {
                        subscriber.handle(event);
                    }
                    return null;
                });
            }
        }
    }
}
