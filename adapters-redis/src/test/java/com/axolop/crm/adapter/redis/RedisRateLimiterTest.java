package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

class RedisRateLimiterTest {
    private final RedissonClient first = TestRedis.newClient();
    private final RedissonClient second = TestRedis.newClient();
    private final RedisRateLimiter limiterA = limiter(first);
    private final RedisRateLimiter limiterB = limiter(second);
    private final String caller = "user:" + UUID.randomUUID();

    @AfterEach
    void closeClients() {
        first.shutdown();
        second.shutdown();
    }

    @Test
    void allowsUpToTheLimitThenRefusesWithTheTimeToReset() {
        RateLimit limit = new RateLimit("general", 3, Duration.ofMinutes(15));

        RateLimitDecision firstCall = limiterA.acquire(caller, limit);
        limiterA.acquire(caller, limit);
        RateLimitDecision third = limiterA.acquire(caller, limit);
        RateLimitDecision fourth = limiterA.acquire(caller, limit);

        assertThat(firstCall.allowed()).isTrue();
        assertThat(firstCall.remaining()).isEqualTo(2);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.limit()).isEqualTo(3);
        assertThat(fourth.resetAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void instancesShareOneCount() {
        RateLimit limit = new RateLimit("general", 10, Duration.ofMinutes(15));
        int allowed = 0;

        for (int i = 0; i < 15; i++) {
            RedisRateLimiter instance = i % 2 == 0 ? limiterA : limiterB;
            allowed += instance.acquire(caller, limit).allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() throws InterruptedException {
        RateLimit limit = new RateLimit("workflow", 1, Duration.ofMillis(500));
        limiterA.acquire(caller, limit);
        assertThat(limiterA.acquire(caller, limit).allowed()).isFalse();

        Thread.sleep(700);

        assertThat(limiterA.acquire(caller, limit).allowed()).isTrue();
    }

    @Test
    void countsLocallyWhileRedisIsDown() {
        RateLimit limit = new RateLimit("email", 2, Duration.ofMinutes(1));
        TestRedis.server().stop();
        try {
            assertThat(limiterA.acquire(caller, limit).allowed()).isTrue();
            assertThat(limiterA.acquire(caller, limit).allowed()).isTrue();
            assertThat(limiterA.acquire(caller, limit).allowed()).isFalse();
        } finally {
            TestRedis.server().start();
        }
    }

    @Test
    void countsInRedisAgainAfterARestartThatLostItsScript() throws InterruptedException {
        RateLimit limit = new RateLimit("general", 5, Duration.ofMinutes(1));
        limiterA.acquire(caller, limit);
        TestRedis.server().stop();
        TestRedis.server().start();
        Thread.sleep(1_200); // past any fail-open cool-down

        limiterA.acquire(caller, limit);
        RateLimitDecision shared = limiterB.acquire(caller, limit);

        assertThat(shared.remaining()).isEqualTo(3);
    }

    private static RedisRateLimiter limiter(RedissonClient client) {
        return new RedisRateLimiter(new RedisAvailability(client, TestRedis.meters()),
                new LocalRateLimiter(Clock.systemUTC()));
    }
}
