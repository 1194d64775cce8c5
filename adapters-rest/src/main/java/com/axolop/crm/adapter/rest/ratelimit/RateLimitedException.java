package com.axolop.crm.adapter.rest.ratelimit;

import com.axolop.crm.adapter.rest.shared.ApiException;
import io.helidon.http.Status;

/** 429: the error body adds {@code retryAfter} (seconds) and the response a {@code Retry-After} header. */
public class RateLimitedException extends ApiException {
    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        this("Too many requests, please try again later", retryAfterSeconds);
    }

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(Status.TOO_MANY_REQUESTS_429, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
