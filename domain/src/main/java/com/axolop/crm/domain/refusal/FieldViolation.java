package com.axolop.crm.domain.refusal;

import java.util.Objects;

/**
 * One refused field; the message starts with the field's name ("email must be a valid email address").
 * {@code field} is null when the refusal concerns a whole item rather than one of its fields.
 */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(message, "message");
    }
}
