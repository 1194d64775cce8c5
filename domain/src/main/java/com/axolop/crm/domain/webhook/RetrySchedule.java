package com.axolop.crm.domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the n-th entry is the wait before attempt n + 1 (the first attempt is
 * immediate), each jittered by up to 10% either way so deliveries that failed together do not return together. A
 * Retry-After longer than the scheduled wait is honoured, up to {@link #MAX_RETRY_AFTER}.
 */
public record RetrySchedule(List<Duration> waits, DoubleSupplier random) {
    /** Immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about 28 hours. */
    public static final List<Duration> STANDARD = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        waits = List.copyOf(waits);
    }

    /** Attempts in all: the first and one per wait. */
    public int attempts() {
        return waits.size() + 1;
    }

    /** The wait after the {@code attempt}-th attempt failed (1 for the first), or null when it was the last. */
    public Duration after(int attempt, Duration retryAfter) {
        if (attempt >= attempts()) {
            return null;
        }
        Duration scheduled = waits.get(attempt - 1);
        long millis = scheduled.toMillis();
        Duration jittered = Duration.ofMillis(Math.round(millis * (0.9 + 0.2 * random.getAsDouble())));
        if (retryAfter != null && retryAfter.compareTo(jittered) > 0) {
            return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        }
        return jittered;
    }
}
