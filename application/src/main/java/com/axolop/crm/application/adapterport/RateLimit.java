package com.axolop.crm.application.adapterport;

import java.time.Duration;
import java.util.Objects;

/** A rate-limit class: at most {@code maxRequests} per {@code window} for one caller. */
public record RateLimit(String name, int maxRequests, Duration window) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1");
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("window must be at least 1 ms");
        }
    }
}
