package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.port.DistributedLock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Redisson locks, always with a lease so a crashed holder cannot keep one. They belong to the thread
 * that took them, so this method locks and unlocks on the caller's (virtual) thread. Unlike the cache,
 * a lock never fails open: without Redis nobody gets it.
 */
public class RedisDistributedLock implements DistributedLock {
    private final RedissonClient redis;

    public RedisDistributedLock(RedissonClient redis) {
        this.redis = redis;
    }

    @Override
    public <T> Optional<T> withLock(String name, Duration wait, Duration lease, Supplier<T> work) {
        RLock lock = redis.getLock("crm:lock:" + name);
        boolean acquired;
        try {
            acquired = lock.tryLock(wait.toMillis(), lease.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!acquired) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }
}
