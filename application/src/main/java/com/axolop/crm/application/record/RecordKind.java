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
 * crm.&lt;aggregateType&gt;), the key of the record in event payloads, the 404 message, the name of its update
 * event ({@code <aggregateType>.updated} unless {@link #withUpdateEventType told}), its published shape, and
 * any payload fields a particular event adds.
 */
public record RecordKind<T extends WorkspaceRecord<T>>(String aggregateType,
                                                      String payloadKey,
                                                      String notFoundMessage,
                                                      String updateEventType,
                                                      Function<T, Map<String, Object>> snapshot,
                                                      Function<RecordEvent<T>, Map<String, Object>> eventDetails) {
    public RecordKind {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(payloadKey, "payloadKey");
        Objects.requireNonNull(notFoundMessage, "notFoundMessage");
        Objects.requireNonNull(updateEventType, "updateEventType");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(eventDetails, "eventDetails");
    }

    public RecordKind(String aggregateType, String payloadKey, String notFoundMessage,
                      Function<T, Map<String, Object>> snapshot,
                      Function<RecordEvent<T>, Map<String, Object>> eventDetails) {
        this(aggregateType, payloadKey, notFoundMessage, aggregateType + ".updated", snapshot, eventDetails);
    }

    public RecordKind(String aggregateType, String payloadKey, String notFoundMessage,
                      Function<T, Map<String, Object>> snapshot) {
        this(aggregateType, payloadKey, notFoundMessage, snapshot, event -> Map.of());
    }

    /** The same kind, for a record type whose update event is not {@code <aggregateType>.updated}. */
    public RecordKind<T> withUpdateEventType(String type) {
        return new RecordKind<>(aggregateType, payloadKey, notFoundMessage, type, snapshot, eventDetails);
    }

    public NotFoundException notFound() {
        return new NotFoundException(notFoundMessage);
    }

    /**
     * Outbox rows: every payload has the record under {@link #payloadKey}; the {@link #updateEventType} adds
     * {@code changes} and {@code previous}; other events add their {@link #eventDetails}.
     */
    public List<OutboxEvent> toOutbox(List<RecordEvent<T>> events) {
        return events.stream().map(this::toOutbox).toList();
    }

    private OutboxEvent toOutbox(RecordEvent<T> event) {
        var payload = new LinkedHashMap<String, Object>();
        Map<String, Object> record = snapshot.apply(event.record());
        payload.put(payloadKey, record);
        if (event.type().equals(updateEventType) && event.previous() != null) {
            Map<String, Object> previous = Snapshots.previousValues(snapshot.apply(event.previous()), record);
            payload.put("changes", new ArrayList<>(previous.keySet()));
            payload.put("previous", previous);
        }
        payload.putAll(eventDetails.apply(event));
        T subject = event.record();
        return new OutboxEvent(event.id(), aggregateType, subject.id().toString(), event.type(),
                subject.workspaceId(), payload, event.occurredAt());
    }
}
