package com.axolop.crm.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * A store the call needs cannot be reached right now (or has no capacity left): the call did not complete, and the
 * same call may succeed when sent again after {@link #retryAfter()}. Thrown by the ports' adapters, never by a use
 * case's rules.
 */
public class UnavailableException extends RuntimeException {
    private final Duration retryAfter;

    public UnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
