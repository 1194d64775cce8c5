package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.adapterport.RateLimiter;
import com.axolop.crm.application.adapterport.RateLimiterContract;
import com.axolop.crm.application.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;

class LocalRateLimiterTest extends RateLimiterContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));

    @Override
    protected RateLimiter createLimiter() {
        return new LocalRateLimiter(clock);
    }

    @Override
    protected void elapse(Duration time) {
        clock.advance(time);
    }
}
