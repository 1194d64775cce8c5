package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.domain.refusal.FieldViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a request, so one 400 reports them all. Value objects reject bad input
 * with an {@link IllegalArgumentException} whose message becomes the field's message.
 */
public final class FieldErrors {
    private final List<FieldViolation> errors = new ArrayList<>();
    private final Set<String> failedFields = new HashSet<>();

    /** The parsed value, or null when it is invalid or the field already failed a type check. */
    public <T> T check(String field, Supplier<T> parse) {
        if (failedFields.contains(field)) {
            return null;
        }
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    public void add(String field, String message) {
        failedFields.add(field);
        errors.add(new FieldViolation(field, field + " " + message));
    }

    /** A violation the domain named itself (its message already starts with the field). */
    public void add(FieldViolation violation) {
        failedFields.add(violation.field());
        errors.add(violation);
    }

    /** How many violations were reported so far: a reader compares it to tell whether its part failed. */
    public int count() {
        return errors.size();
    }

    public boolean failed(String field) {
        return failedFields.contains(field);
    }

    /** The violations reported so far, in order. */
    public List<FieldViolation> violations() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
