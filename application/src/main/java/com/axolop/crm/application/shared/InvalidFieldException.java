package com.axolop.crm.application.shared;

import java.util.Objects;

/** A field that is well-formed but refers to something that does not exist, or breaks a rule of the store. */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + " " + message);
        this.field = Objects.requireNonNull(field);
    }

    public String field() {
        return field;
    }
}
