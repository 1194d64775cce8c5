package com.axolop.crm.application.idempotency;

import java.util.Map;
import java.util.Objects;

/** A reply exactly as it was first sent, opaque to the application: status, headers and body bytes. */
public record StoredReply(int status, Map<String, String> headers, byte[] body) {
    public StoredReply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599");
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }

    boolean isFailure() {
        return status >= 400;
    }
}
