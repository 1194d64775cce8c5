package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A test of one field of an event's payload, named by its dotted path ("lead.status", "to"): what a trigger
 * filters events by, and what a conditional step asks. {@code in} takes a list, the comparisons a number or an
 * ISO date, {@code contains} a text; the others any single value.
 */
public record Condition(String field, Operator op, Object value) {
    public static final int MAX_CONDITIONS = 20;
    public static final int MAX_PATH = 200;
    public static final int MAX_IN_VALUES = 100;
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public Condition {
        field = part("field", field, Condition::path);
        Objects.requireNonNull(op, "op");
        value = part("value", value, given -> value(op, given));
    }

    public static String path(String field) {
        if (field == null || field.length() > MAX_PATH || !PATH.matcher(field).matches()) {
            throw new IllegalArgumentException("must be a dotted path into the event such as lead.status");
        }
        return field;
    }

    /** The value {@code op} compares with, normalised (numbers canonical, the list of {@code in} unmodifiable). */
    public static Object value(Operator op, Object value) {
        boolean fits = switch (op) {
            case EQ, NE, CHANGED_TO -> value == null || isScalar(value);
            case IN -> value instanceof List<?> items && !items.isEmpty() && items.size() <= MAX_IN_VALUES
                    && items.stream().allMatch(Condition::isScalar);
            case GT, GTE, LT, LTE -> value instanceof Number || (value instanceof String text && Values.isDate(text));
            case CONTAINS -> value instanceof String text && !text.isEmpty();
        };
        if (!fits) {
            throw new IllegalArgumentException("must be " + rule(op) + " for " + op.apiName());
        }
        return value instanceof List<?> items ? items.stream().map(item -> Values.scalar(item, false)).toList()
                : Values.scalar(value, true);
    }

    /** At most {@value #MAX_CONDITIONS} conditions, and at least one when {@code required}. */
    public static List<Condition> checkList(List<Condition> conditions, boolean required) {
        List<Condition> all = conditions == null ? List.of() : List.copyOf(conditions);
        if (all.size() > MAX_CONDITIONS || (required && all.isEmpty())) {
            throw new IllegalArgumentException("must hold " + (required ? "1" : "0") + " to " + MAX_CONDITIONS
                    + " conditions");
        }
        return all;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static String rule(Operator op) {
        return switch (op) {
            case EQ, NE, CHANGED_TO -> "a string, number, boolean or null";
            case IN -> "an array of 1 to " + MAX_IN_VALUES + " strings, numbers or booleans";
            case GT, GTE, LT, LTE -> "a number or an ISO date (2024-01-31) or date-time";
            case CONTAINS -> "a non-empty string";
        };
    }

    /** How a condition compares; the API names them in lower case ("changed_to"). */
    public enum Operator {
        EQ, NE, IN, GT, GTE, LT, LTE, CONTAINS, CHANGED_TO;

        public String apiName() {
            return name().toLowerCase();
        }

        public static Operator parse(String value) {
            return Values.lowerCase(Operator.class, value);
        }
    }
}
