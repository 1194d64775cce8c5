package com.axolop.crm.application.shared;

/** The actor is known but not allowed to do this. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
