package com.axolop.crm.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One try at delivering: when, the receiver's status code (null when none came: refused target, timeout, network
 * error), how long it took, the start of the response body (at most {@value #MAX_EXCERPT} characters) or the
 * error, and how long the receiver asked us to wait (Retry-After), if it did.
 */
public record DeliveryAttempt(Instant at, Integer statusCode, long durationMs, String responseExcerpt, String error,
                              Duration retryAfter) {
    public static final int MAX_EXCERPT = 1024;

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        if ((statusCode == null) == (error == null)) {
            throw new IllegalArgumentException("an attempt has either a status code or an error");
        }
        responseExcerpt = cut(responseExcerpt);
        error = cut(error);
    }

    public static DeliveryAttempt failed(Instant at, long durationMs, String error) {
        return new DeliveryAttempt(at, null, durationMs, null, error, null);
    }

    /** A 2xx answer. */
    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver says the subscription is over. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT);
    }
}
