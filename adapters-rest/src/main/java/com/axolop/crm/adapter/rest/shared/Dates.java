package com.axolop.crm.adapter.rest.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates and date-times as the API reads them: ISO 8601, in the years 1 to 9999 (what PostgreSQL stores;
 * java.time alone would take year +9999999 and the database would refuse it with an error).
 */
public final class Dates {
    static final String DATE_RULE = "must be an ISO date (2024-01-31)";
    static final String DATE_TIME_RULE = "must be an ISO-8601 date-time with an offset (2024-01-31T10:00:00Z)";
    static final String EITHER_RULE = "must be an ISO date (2024-01-31) or date-time (2024-01-31T10:00:00Z)";
    private static final Instant FIRST = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-30T00:00:00Z");

    private Dates() {
    }

    public static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException ignored) {
            // reported below, like a date out of range
        }
        throw new IllegalArgumentException(DATE_RULE);
    }

    public static Instant dateTime(String value) {
        return dateTime(value, DATE_TIME_RULE);
    }

    /** An ISO date (its start, or with {@code endOfDay} the start of the next day, in UTC) or date-time. */
    public static Instant dateOrDateTime(String value, boolean endOfDay) {
        if (value.length() != 10) {
            return dateTime(value, EITHER_RULE);
        }
        try {
            LocalDate date = date(value);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(EITHER_RULE);
        }
    }

    private static Instant dateTime(String value, String rule) {
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (!instant.isBefore(FIRST) && !instant.isAfter(LAST)) {
                return instant;
            }
        } catch (DateTimeParseException ignored) {
            // reported below, like a date-time out of range
        }
        throw new IllegalArgumentException(rule);
    }
}
