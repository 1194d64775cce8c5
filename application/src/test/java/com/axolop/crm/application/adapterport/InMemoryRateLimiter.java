package com.axolop.crm.application.adapterport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fake of {@link RateLimiter}: fixed windows per limit class and caller, on a clock the test controls;
 * held to {@link RateLimiterContract} like the real ones.
 */
public class InMemoryRateLimiter implements RateLimiter {
    private final Clock clock;
    private final Map<List<String>, Window> windows = new HashMap<>();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    private record Window(Instant end, int count) {
    }

    @Override
    public synchronized RateLimitDecision acquire(String caller, RateLimit limit) {
        Instant now = clock.instant();
        Window window = windows.merge(List.of(limit.name(), caller), new Window(now.plus(limit.window()), 1),
                (current, fresh) -> now.isBefore(current.end()) ? new Window(current.end(), current.count() + 1) : fresh);
        return new RateLimitDecision(window.count() <= limit.maxRequests(), limit.maxRequests(),
                Math.max(0, limit.maxRequests() - window.count()), Duration.between(now, window.end()));
    }

    @Override
    public synchronized RateLimitDecision peek(String caller, RateLimit limit) {
        Instant now = clock.instant();
        Window window = windows.get(List.of(limit.name(), caller));
        if (window == null || !now.isBefore(window.end())) {
            return new RateLimitDecision(true, limit.maxRequests(), limit.maxRequests(), limit.window());
        }
        return new RateLimitDecision(window.count() < limit.maxRequests(), limit.maxRequests(),
                Math.max(0, limit.maxRequests() - window.count()), Duration.between(now, window.end()));
    }
}
