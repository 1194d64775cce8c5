package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

class RedisDistributedLockTest {
    private final String name = "workflow:" + UUID.randomUUID();

    @Test
    void onlyOneClientHoldsTheLockAtATime() throws InterruptedException {
        RedissonClient first = TestRedis.newClient();
        RedissonClient second = TestRedis.newClient();
        try {
            var holding = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            Thread holder = Thread.ofVirtual().start(() -> new RedisDistributedLock(first).withLock(name,
                    Duration.ZERO, Duration.ofSeconds(30), () -> {
                        holding.countDown();
                        await(release);
                        return "done";
                    }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            Optional<String> whileHeld = new RedisDistributedLock(second).withLock(name, Duration.ofMillis(200),
                    Duration.ofSeconds(30), () -> "second");
            release.countDown();
            holder.join();
            Optional<String> afterRelease = new RedisDistributedLock(second).withLock(name, Duration.ofSeconds(2),
                    Duration.ofSeconds(30), () -> "second");

            assertThat(whileHeld).isEmpty();
            assertThat(afterRelease).contains("second");
        } finally {
            first.shutdown();
            second.shutdown();
        }
    }

    @Test
    void theLeaseExpiresWhenTheHolderDies() throws InterruptedException {
        RedissonClient doomed = TestRedis.newClient();
        RedissonClient survivor = TestRedis.newClient();
        try {
            // The holder takes the lock with a 1 s lease and vanishes without unlocking.
            assertThat(doomed.getLock("crm:lock:" + name).tryLock(0, 1_000, TimeUnit.MILLISECONDS)).isTrue();
            doomed.shutdown();

            Optional<String> later = new RedisDistributedLock(survivor).withLock(name, Duration.ofSeconds(3),
                    Duration.ofSeconds(30), () -> "survivor");

            assertThat(later).contains("survivor");
        } finally {
            survivor.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
