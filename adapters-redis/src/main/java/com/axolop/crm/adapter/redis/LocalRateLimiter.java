package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same fixed windows as {@link RedisRateLimiter}, in this instance's memory: the fallback during an outage. */
public class LocalRateLimiter implements RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LocalRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RateLimitDecision acquire(String caller, RateLimit limit) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> !now.isBefore(window.end()));
        }
        Window window = windows.compute(limit.name() + ":" + caller, (key, current) ->
                current == null || !now.isBefore(current.end())
                        ? new Window(now.plus(limit.window()), 1)
                        : new Window(current.end(), current.count() + 1));
        return new RateLimitDecision(window.count() <= limit.maxRequests(), limit.maxRequests(),
                Math.max(0, limit.maxRequests() - window.count()), Duration.between(now, window.end()));
    }

    @Override
    public RateLimitDecision peek(String caller, RateLimit limit) {
        Instant now = clock.instant();
        Window window = windows.get(limit.name() + ":" + caller);
        if (window == null || !now.isBefore(window.end())) {
            return new RateLimitDecision(true, limit.maxRequests(), limit.maxRequests(), limit.window());
        }
        return new RateLimitDecision(window.count() < limit.maxRequests(), limit.maxRequests(),
                Math.max(0, limit.maxRequests() - window.count()), Duration.between(now, window.end()));
    }

    private record Window(Instant end, int count) {
    }
}
