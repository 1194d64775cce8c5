package com.axolop.crm.domain.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values a workflow compares and sets, as a JSON reader hands them over: strings, numbers, booleans, null
 * and lists of these. Numbers are kept as canonical BigDecimals (2.50 is 2.5, 1E+2 is 100), so a value that went
 * through a store or a response compares equal to the one sent.
 */
final class Values {
    static final int MAX_TEXT = 1000;

    private Values() {
    }

    /** A string, number or boolean; null only when {@code nullable}. */
    static Object scalar(Object value, boolean nullable) {
        return switch (value) {
            case null -> {
                if (!nullable) {
                    throw new IllegalArgumentException("is required");
                }
                yield null;
            }
            case String text -> text(text);
            case Boolean bool -> bool;
            case Number number -> number(number);
            default -> throw new IllegalArgumentException("must be a string, number, boolean or null");
        };
    }

    static String text(Object value) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("must be a string");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** At most 15 digits before the point and 6 after, like a number a form takes. */
    static BigDecimal number(Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("must be a number");
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a finite number");
        }
        if (decimal.precision() - decimal.scale() > 15 || decimal.scale() > 6) {
            throw new IllegalArgumentException("must have at most 15 digits before the point and 6 after");
        }
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** Whether a string is an ISO date (2024-01-31) or date-time with an offset (2024-01-31T10:00:00Z). */
    static boolean isDate(String text) {
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The constant whose lower-case name is {@code value} ("update_field"), else a message listing them. */
    static <E extends Enum<E>> E lowerCase(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase()).collect(Collectors.joining(", ")));
    }

    /** Runs a check of one part of a value, naming the part in its message: "value must be a number". */
    static <T, R> R part(String name, T value, Function<T, R> check) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + e.getMessage(), e);
        }
    }
}
