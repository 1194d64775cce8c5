package com.axolop.crm.domain.refusal;

/** An Idempotency-Key sent again with a different request: answering either way would be a guess. */
public final class IdempotencyKeyReusedException extends Refusal {
    public IdempotencyKeyReusedException() {
        super("Idempotency-Key was already used for a different request (method, path or body); use a new key");
    }
}
