package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.redis.RedisAvailability;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Redis in /health. The service fails open without Redis (cache misses, per-instance rate limits), so
 * an outage shows in the details but does not take the instance out of rotation; /health/redis alone
 * answers 503 then.
 */
final class RedisHealthCheck implements HealthCheck {
    private final RedisAvailability redis;

    RedisHealthCheck(RedisAvailability redis) {
        this.redis = redis;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(true)
                .detail("redis", isUp() ? "up" : "down: failing open").build();
    }

    boolean isUp() {
        return redis.isUp();
    }
}
