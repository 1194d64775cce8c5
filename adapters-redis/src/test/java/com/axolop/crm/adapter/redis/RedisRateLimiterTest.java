package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import com.axolop.crm.application.adapterport.RateLimiterContract;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** The contract against a real Redis, whose clock is its own; and what only Redis does: one count for all. */
class RedisRateLimiterTest extends RateLimiterContract {
    private final RedissonClient first = TestRedis.newClient();
    private final RedissonClient second = TestRedis.newClient();
    private final RedisRateLimiter otherInstance = limiter(second);

    @Override
    protected RateLimiter createLimiter() {
        return limiter(first);
    }

    @Override
    protected void elapse(Duration time) throws InterruptedException {
        Thread.sleep(time);
    }

    @AfterEach
    void closeClients() {
        first.shutdown();
        second.shutdown();
    }

    @Test
    void instancesShareOneCount() {
        RateLimit limit = new RateLimit("general", 10, Duration.ofMinutes(15));
        int allowed = 0;

        for (int i = 0; i < 15; i++) {
            RateLimiter instance = i % 2 == 0 ? limiter : otherInstance;
            allowed += instance.acquire(caller, limit).allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void instancesLeasingPermitsTogetherAdmitExactlyTheLimit() throws InterruptedException {
        RateLimit limit = new RateLimit("general", 20_000, Duration.ofMinutes(15));
        var allowed = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 8; i++) {
            RateLimiter instance = i % 2 == 0 ? limiter : otherInstance;
            threads.add(Thread.ofVirtual().start(() -> {
                while (instance.acquire(caller, limit).allowed()) {
                    allowed.incrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(RedisRateLimiter.leaseSize(limit)).isEqualTo(20);
        assertThat(allowed.get()).isEqualTo(20_000);
    }

    @Test
    void requestsAreAdmittedFromALeaseWithoutCountingInRedis() {
        RateLimit limit = new RateLimit("general", 100_000, Duration.ofMinutes(15));

        RateLimitDecision first = limiter.acquire(caller, limit);
        for (int i = 1; i < 100; i++) {
            limiter.acquire(caller, limit);
        }
        long countedAfterOneLease = counted(limit);
        RateLimitDecision next = limiter.acquire(caller, limit);

        assertThat(first.remaining()).isEqualTo(99_999);
        assertThat(countedAfterOneLease).isEqualTo(100);
        assertThat(counted(limit)).isEqualTo(200);
        assertThat(next.remaining()).isEqualTo(99_899);
    }

    @Test
    void aFullWindowIsRefusedWithoutAskingRedisAgain() {
        RateLimit limit = new RateLimit("email", 1, Duration.ofMinutes(1));
        limiter.acquire(caller, limit);
        limiter.acquire(caller, limit);
        TestRedis.server().stop();
        try {
            RateLimitDecision refused = limiter.acquire(caller, limit);

            assertThat(refused.allowed()).isFalse(); // the local fallback, asked instead, would have allowed it
            assertThat(refused.resetAfter()).isBetween(Duration.ofSeconds(55), Duration.ofMinutes(1));
        } finally {
            TestRedis.server().start();
        }
    }

    @Test
    void countsLocallyWhileRedisIsDown() {
        RateLimit limit = new RateLimit("email", 2, Duration.ofMinutes(1));
        TestRedis.server().stop();
        try {
            assertThat(limiter.acquire(caller, limit).allowed()).isTrue();
            assertThat(limiter.acquire(caller, limit).allowed()).isTrue();
            assertThat(limiter.acquire(caller, limit).allowed()).isFalse();
        } finally {
            TestRedis.server().start();
        }
    }

    @Test
    void countsInRedisAgainAfterARestartThatLostItsScript() throws InterruptedException {
        RateLimit limit = new RateLimit("general", 5, Duration.ofMinutes(1));
        limiter.acquire(caller, limit);
        TestRedis.server().stop();
        TestRedis.server().start();
        Thread.sleep(1_200); // past any fail-open cool-down

        limiter.acquire(caller, limit);
        RateLimitDecision shared = otherInstance.acquire(caller, limit);

        assertThat(shared.remaining()).isEqualTo(3);
    }

    private long counted(RateLimit limit) {
        return Long.parseLong(second.<String>getBucket("rl:" + limit.name() + ":" + caller,
                StringCodec.INSTANCE).get());
    }

    private static RedisRateLimiter limiter(RedissonClient client) {
        return new RedisRateLimiter(new RedisAvailability(client, TestRedis.meters()),
                new LocalRateLimiter(Clock.systemUTC()));
    }
}
