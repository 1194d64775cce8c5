package com.axolop.crm.domain.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The state of a record after a command, and the events it raised (none when nothing changed). */
public record Change<T>(T record, List<RecordEvent<T>> events) {
    public Change {
        Objects.requireNonNull(record, "record");
        events = List.copyOf(events);
    }

    public static <T> Change<T> none(T record) {
        return new Change<>(record, List.of());
    }

    /** The usual three: {@code <prefix>created}, {@code <prefix>updated} and {@code <prefix>deleted}. */
    public static <T> Change<T> created(String prefix, T record, Instant now) {
        return new Change<>(record, List.of(RecordEvent.of(prefix + "created", now, record, null)));
    }

    public static <T> Change<T> updated(String prefix, T previous, T record, Instant now) {
        return new Change<>(record, List.of(RecordEvent.of(prefix + "updated", now, record, previous)));
    }

    /**
     * A full replacement of a record's details: nothing when {@code newDetails} equals {@code currentDetails}
     * (the record keeps its version), else {@code <prefix>updated} to the record {@code next} builds.
     */
    public static <T, D> Change<T> updatedIfChanged(String prefix, T current, D currentDetails, D newDetails,
                                                    Function<D, T> next, Instant now) {
        return newDetails.equals(currentDetails) ? none(current) : updated(prefix, current, next.apply(newDetails), now);
    }

    public static <T> Change<T> deleted(String prefix, T record, Instant now) {
        return new Change<>(record, List.of(RecordEvent.of(prefix + "deleted", now, record, null)));
    }
}
