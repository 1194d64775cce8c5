package com.axolop.crm.domain.form;

import com.axolop.crm.domain.shared.EmailAddress;
import java.math.BigDecimal;
import java.util.List;

/**
 * A submitted value as its field's type reads it: text trimmed and bounded, emails validated, numbers as
 * BigDecimal, checkboxes as booleans. A refused value throws an {@link IllegalArgumentException} whose message
 * follows the field's name ("must be a number").
 */
final class FieldValues {
    private static final int MAX_TEXT = 1000;
    private static final int MAX_TEXTAREA = 10_000;

    private FieldValues() {
    }

    /** Null when the value is absent or blank, or leaves a required checkbox unticked: the field is missing. */
    static Object normalise(FormField field, Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> text(raw, MAX_TEXT);
            case TEXTAREA -> text(raw, MAX_TEXTAREA);
            case EMAIL -> new EmailAddress(text(raw, 254)).value();
            case PHONE -> phone(text(raw, 50));
            case NUMBER -> number(raw);
            case SELECT -> option(field.options(), text(raw, MAX_TEXT));
            case CHECKBOX -> checkbox(raw, field.required());
        };
    }

    private static String text(Object raw, int max) {
        if (!(raw instanceof String text)) {
            throw new IllegalArgumentException("must be a string");
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("must be at most " + max + " characters");
        }
        return trimmed;
    }

    private static String phone(String text) {
        if (!text.matches("[0-9+().\\- ]{3,50}")) {
            throw new IllegalArgumentException("must be a phone number");
        }
        return text;
    }

    /** At most 15 digits before the point and 6 after: what a person types, and what the store can hold. */
    private static BigDecimal number(Object raw) {
        BigDecimal number;
        try {
            number = raw instanceof BigDecimal decimal ? decimal : new BigDecimal(text(raw, 50));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        if (number.precision() - number.scale() > 15 || number.scale() > 6) {
            throw new IllegalArgumentException("must have at most 15 digits before the point and 6 after");
        }
        return number;
    }

    private static String option(List<String> options, String value) {
        if (!options.contains(value)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", options));
        }
        return value;
    }

    /** A required checkbox is a consent: only true satisfies it. An HTML form sends a ticked one as "on". */
    private static Boolean checkbox(Object raw, boolean required) {
        Boolean checked = switch (raw) {
            case Boolean bool -> bool;
            case String text when text.equals("true") || text.equals("on") -> true;
            case String text when text.equals("false") || text.equals("off") -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
        return checked || !required ? checked : null;
    }
}
