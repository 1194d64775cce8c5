package com.axolop.crm.application.adapterport;

import java.time.Duration;

/** Counts a request by {@code caller} against {@code limit}; shared by every instance of the service. */
public interface RateLimiter {
    RateLimitDecision acquire(String caller, RateLimit limit);

    /**
     * Where {@code caller} stands against {@code limit} without counting a request: {@code allowed} says whether
     * one more would be. A limiter that cannot tell answers allowed, with the whole limit remaining.
     */
    default RateLimitDecision peek(String caller, RateLimit limit) {
        return new RateLimitDecision(true, limit.maxRequests(), limit.maxRequests(), Duration.ZERO);
    }
}
