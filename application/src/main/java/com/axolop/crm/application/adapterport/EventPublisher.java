package com.axolop.crm.application.adapterport;

import com.axolop.crm.application.port.OutboxEvent;
import java.util.List;

/**
 * Publishes committed events to the event stream. Returns only when the stream has acknowledged every
 * event of the batch, in order per aggregate; throws otherwise, and the batch is retried later.
 */
public interface EventPublisher {
    void publish(List<OutboxEvent> events);
}
