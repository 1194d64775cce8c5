package com.axolop.crm.application.idempotency;

/** An Idempotency-Key sent again with a different request: answering either way would be a guess. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException() {
        super("Idempotency-Key was already used for a different request (method, path or body); use a new key");
    }
}
