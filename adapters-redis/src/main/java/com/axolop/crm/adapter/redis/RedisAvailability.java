package com.axolop.crm.adapter.redis;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failing open: a Redis call that fails yields a fallback, and for a second afterwards Redis is not asked
 * at all, so an outage costs requests nothing. The first failure of an outage is logged, and its end.
 */
public final class RedisAvailability {
    private static final Logger LOG = LoggerFactory.getLogger(RedisAvailability.class);
    private static final long COOL_DOWN_NANOS = 1_000_000_000L;

    private final RedissonClient redis;
    private final Counter errors;
    private final AtomicBoolean degraded = new AtomicBoolean();
    private volatile long skipUntil = System.nanoTime();

    public RedisAvailability(RedissonClient redis, MeterRegistry meters) {
        this.redis = redis;
        this.errors = meters.getOrCreate(Counter.builder("crm_redis_errors")
                .description("Redis calls that failed and fell back").tags(List.<Tag>of()));
    }

    <T> T call(Supplier<T> action, Supplier<T> fallback) {
        return call(action, fallback, () -> { });
    }

    /** Like {@link #call(Supplier, Supplier)}, telling {@code onFailure} when the fallback is used. */
    <T> T call(Supplier<T> action, Supplier<T> fallback, Runnable onFailure) {
        if (System.nanoTime() - skipUntil < 0) {
            onFailure.run();
            return fallback.get();
        }
        return callNow(action, fallback, onFailure);
    }

    /**
     * Asks Redis whatever the cool-down says (for background work, which may wait): an answer ends the cool-down,
     * a failure starts one.
     */
    <T> T callNow(Supplier<T> action, Supplier<T> fallback, Runnable onFailure) {
        try {
            T result = action.get();
            if (degraded.compareAndSet(true, false)) {
                skipUntil = System.nanoTime();
                LOG.info("Redis is reachable again");
            }
            return result;
        } catch (RuntimeException e) {
            skipUntil = System.nanoTime() + COOL_DOWN_NANOS;
            errors.increment();
            if (degraded.compareAndSet(false, true)) {
                LOG.warn("Redis is unavailable, failing open until it answers again: {}", e.toString());
            }
            onFailure.run();
            return fallback.get();
        }
    }

    RedissonClient redis() {
        return redis;
    }

    /** For health checks: asks Redis now, whatever the cool-down says. */
    public boolean isUp() {
        try {
            redis.getBucket("crm:health").isExists();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
