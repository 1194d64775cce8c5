package com.axolop.crm.application.adapterport;

import com.axolop.crm.application.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));

    @Override
    protected RateLimiter createLimiter() {
        return new InMemoryRateLimiter(clock);
    }

    @Override
    protected void elapse(Duration time) {
        clock.advance(time);
    }
}
