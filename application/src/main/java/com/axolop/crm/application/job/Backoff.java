package com.axolop.crm.application.job;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed run is tried again: {@code base} doubled per attempt, capped, and then jittered between half and
 * all of it, so jobs that failed together (an outage) do not come back together.
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier random) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofHours(1), Math::random);

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(random, "random");
    }

    /** The wait after the {@code attempt}-th failed run (1 for the first). */
    public Duration after(int attempt) {
        long exponential = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        long capped = Math.min(exponential <= 0 ? cap.toMillis() : exponential, cap.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }
}
