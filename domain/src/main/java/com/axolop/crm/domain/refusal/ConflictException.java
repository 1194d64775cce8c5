package com.axolop.crm.domain.refusal;

/** The write would contradict a record that exists, such as a second contact with the same email. */
public final class ConflictException extends Refusal {
    private final String existingId;

    public ConflictException(String message, String existingId) {
        super(message);
        this.existingId = existingId;
    }

    /** The record the write collided with, when known. */
    public String existingId() {
        return existingId;
    }
}
