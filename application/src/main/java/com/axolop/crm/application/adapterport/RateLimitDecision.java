package com.axolop.crm.application.adapterport;

import java.time.Duration;

/** The answer to one request against a limit, with what the RateLimit-* headers report. */
public record RateLimitDecision(boolean allowed, int limit, int remaining, Duration resetAfter) {
}
