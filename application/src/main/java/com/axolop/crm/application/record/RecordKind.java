package com.axolop.crm.application.record;

import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the shared machinery needs to know about a record type: its aggregate (the Kafka topic is
 * crm.&lt;aggregateType&gt;), the key of the record in event payloads, the 404 message, its published shape, and
 * any payload fields a particular event adds.
 */
public record RecordKind<T extends WorkspaceRecord<T>>(String aggregateType,
                                                      String payloadKey,
                                                      String notFoundMessage,
                                                      Function<T, Map<String, Object>> snapshot,
                                                      Function<RecordEvent<T>, Map<String, Object>> eventDetails) {
    public RecordKind {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(payloadKey, "payloadKey");
        Objects.requireNonNull(notFoundMessage, "notFoundMessage");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(eventDetails, "eventDetails");
    }

    public RecordKind(String aggregateType, String payloadKey, String notFoundMessage,
                      Function<T, Map<String, Object>> snapshot) {
        this(aggregateType, payloadKey, notFoundMessage, snapshot, event -> Map.of());
    }

    /** A record's view: its published shape and its version. */
    public RecordView view(T record) {
        return new RecordView(snapshot.apply(record), record.revision().version());
    }

    public NotFoundException notFound() {
        return new NotFoundException(notFoundMessage);
    }

    /**
     * Outbox rows: every payload has the record under {@link #payloadKey}; an update adds {@code changes} and
     * {@code previous}; other events add their {@link #eventDetails}.
     */
    public List<OutboxEvent> toOutbox(List<RecordEvent<T>> events) {
        return events.stream().map(this::toOutbox).toList();
    }

    private OutboxEvent toOutbox(RecordEvent<T> event) {
        var payload = new LinkedHashMap<String, Object>();
        Map<String, Object> record = snapshot.apply(event.record());
        payload.put(payloadKey, record);
        if (event instanceof RecordEvent.Update<T> update) {
            Map<String, Object> previous = Snapshots.previousValues(snapshot.apply(update.previous()), record);
            payload.put("changes", new ArrayList<>(previous.keySet()));
            payload.put("previous", previous);
        }
        payload.putAll(eventDetails.apply(event));
        T subject = event.record();
        return new OutboxEvent(event.id(), aggregateType, subject.id().toString(), event.type(),
                subject.workspaceId(), payload, event.occurredAt());
    }
}
