package com.axolop.crm.domain.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a record. Each aggregate declares its events as a sealed interface of records
 * extending this one; {@link #type()} is the contract's event name, {@link #record()} the state after the event
 * (the last state, for a deletion).
 */
public interface RecordEvent<T> {
    UUID id();

    Instant occurredAt();

    String type();

    T record();

    static UUID newId() {
        return Uuids.v7();
    }

    /** A change of a record's details: its payload says which fields changed and what they were. */
    interface Update<T> extends RecordEvent<T> {
        T previous();
    }
}
