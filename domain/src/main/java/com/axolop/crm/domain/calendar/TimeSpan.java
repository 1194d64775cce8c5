package com.axolop.crm.domain.calendar;

import java.time.Instant;
import java.util.Objects;

/** When an event happens: the half-open interval [start, end), which must not be empty. */
public record TimeSpan(Instant start, Instant end) {
    public static final String END_AFTER_START = "must be after start_at";

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(END_AFTER_START);
        }
    }
}
