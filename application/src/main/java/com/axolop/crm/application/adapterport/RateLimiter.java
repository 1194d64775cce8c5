package com.axolop.crm.application.adapterport;

/** Counts a request by {@code caller} against {@code limit}; shared by every instance of the service. */
public interface RateLimiter {
    RateLimitDecision acquire(String caller, RateLimit limit);
}
