package com.axolop.crm.adapter.rest.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar dates as the API writes them: ISO 8601, 2024-01-31. */
final class Dates {
    static final String RULE = "must be an ISO date (2024-01-31)";

    private Dates() {
    }

    static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(RULE);
        }
    }
}
