package com.axolop.crm.application.port;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Mutual exclusion across instances. The lease bounds how long a crashed holder keeps the lock; work
 * must finish within it. Lock and unlock happen on the calling thread (Redisson locks are thread-bound).
 */
public interface DistributedLock {
    /** Runs {@code work} (which must not return null) holding lock {@code name}; empty if not acquired in time. */
    <T> Optional<T> withLock(String name, Duration wait, Duration lease, Supplier<T> work);
}
