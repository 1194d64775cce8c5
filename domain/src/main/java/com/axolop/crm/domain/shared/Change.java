package com.axolop.crm.domain.shared;

import java.util.List;
import java.util.Objects;

/** The state of a record after a command, and the events it raised (none when nothing changed). */
public record Change<T>(T record, List<RecordEvent<T>> events) {
    public Change {
        Objects.requireNonNull(record, "record");
        events = List.copyOf(events);
    }

    public static <T> Change<T> none(T record) {
        return new Change<>(record, List.of());
    }

    @SafeVarargs
    public static <T> Change<T> of(T record, RecordEvent<T>... events) {
        return new Change<>(record, List.of(events));
    }
}
