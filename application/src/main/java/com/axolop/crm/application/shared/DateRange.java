package com.axolop.crm.application.shared;

import java.time.Instant;

/** A half-open interval [from, to); either end may be open (null). */
public record DateRange(Instant from, Instant to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("startDate must be before endDate");
        }
    }
}
