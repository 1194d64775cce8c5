package com.axolop.crm.domain.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conditions held against a context: an event's payload ({@code lead}, {@code changes}, {@code previous},
 * {@code from}, {@code to}...) with the record as it is now. A path that leads nowhere is null; a comparison that
 * cannot be made (a text against a number) does not hold.
 */
public final class Conditions {
    private Conditions() {
    }

    public static boolean allHold(List<Condition> conditions, Map<String, Object> context) {
        return conditions.stream().allMatch(condition -> holds(condition, context));
    }

    public static boolean holds(Condition condition, Map<String, Object> context) {
        Object actual = resolve(context, condition.field());
        Object expected = condition.value();
        return switch (condition.op()) {
            case EQ -> same(actual, expected);
            case NE -> !same(actual, expected);
            case IN -> expected instanceof List<?> items && items.stream().anyMatch(item -> same(actual, item));
            case GT, GTE, LT, LTE -> ordered(condition.op(), compare(actual, expected));
            case CONTAINS -> contains(actual, expected);
            case CHANGED_TO -> same(actual, expected) && changed(context, condition.field(), expected);
        };
    }

    private static boolean ordered(Condition.Operator op, Integer comparison) {
        if (comparison == null) {
            return false;
        }
        return switch (op) {
            case GT -> comparison > 0;
            case GTE -> comparison >= 0;
            case LT -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    /** The value at a dotted path of nested maps, or null. */
    static Object resolve(Map<String, Object> context, String path) {
        Object current = context;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    // An update says what it changed (previous holds the old values of changed fields only); a status or stage
    // change says where it came from; a creation set every field it has.
    private static boolean changed(Map<String, Object> context, String path, Object expected) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (context.get("previous") instanceof Map<?, ?> previous) {
            return previous.containsKey(field) && !same(previous.get(field), expected);
        }
        if (context.containsKey("from")) {
            return !same(context.get("from"), expected);
        }
        return true;
    }

    private static boolean same(Object actual, Object expected) {
        BigDecimal left = number(actual);
        BigDecimal right = number(expected);
        if (left != null && right != null) {
            return left.compareTo(right) == 0;
        }
        return Objects.equals(actual, expected);
    }

    private static boolean contains(Object actual, Object expected) {
        if (actual instanceof String text && expected instanceof String part) {
            return text.toLowerCase().contains(part.toLowerCase());
        }
        return actual instanceof List<?> items && items.stream().anyMatch(item -> same(item, expected));
    }

    /** Numbers with numbers, dates with dates; null when they cannot be compared. */
    private static Integer compare(Object actual, Object expected) {
        BigDecimal left = number(actual);
        BigDecimal right = number(expected);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        Instant leftTime = instant(actual);
        Instant rightTime = instant(expected);
        if (leftTime != null && rightTime != null) {
            return leftTime.compareTo(rightTime);
        }
        return null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
