package com.axolop.crm.domain.form;

/** One submitted value the form refuses; the message starts with the field's name. */
public record FieldViolation(String field, String message) {
}
