package com.axolop.crm.domain.refusal;

/** The actor is known but not allowed to do this. */
public final class ForbiddenException extends Refusal {
    public ForbiddenException(String message) {
        super(message);
    }
}
