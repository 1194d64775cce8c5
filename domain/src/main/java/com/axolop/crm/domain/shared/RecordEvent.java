package com.axolop.crm.domain.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a record: {@code type} is the contract's event name, {@code record} the state
 * after it (the last state, for a deletion) and {@code previous} the state before it, null on creation.
 */
public record RecordEvent<T>(UUID id, Instant occurredAt, String type, T record, T previous) {
    public RecordEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(record, "record");
    }

    public static <T> RecordEvent<T> of(String type, Instant occurredAt, T record, T previous) {
        return new RecordEvent<>(Uuids.v7(), occurredAt, type, record, previous);
    }
}
