package com.axolop.crm.application.adapterport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} must do: fixed windows per caller and class. Extended once per implementation. */
public abstract class RateLimiterContract {
    private static final RateLimit GENERAL = new RateLimit("general", 3, Duration.ofMinutes(15));

    protected RateLimiter limiter;
    protected String caller;

    protected abstract RateLimiter createLimiter();

    /** Lets {@code time} pass for the limiter: on a clock the test controls where it has one, else by waiting. */
    protected abstract void elapse(Duration time) throws InterruptedException;

    @BeforeEach
    void setUpContract() {
        limiter = createLimiter();
        caller = "user:" + UUID.randomUUID();
    }

    @Test
    void allowsUpToTheLimitThenRefuses() {
        assertThat(limiter.acquire(caller, GENERAL).allowed()).isTrue();
        assertThat(limiter.acquire(caller, GENERAL).allowed()).isTrue();
        assertThat(limiter.acquire(caller, GENERAL).allowed()).isTrue();
        assertThat(limiter.acquire(caller, GENERAL).allowed()).isFalse();
    }

    @Test
    void reportsTheLimitAndHowManyRequestsRemain() {
        for (int expected : new int[] {2, 1, 0, 0}) {
            RateLimitDecision decision = limiter.acquire(caller, GENERAL);

            assertThat(decision.limit()).isEqualTo(3);
            assertThat(decision.remaining()).isEqualTo(expected);
        }
    }

    @Test
    void reportsTheTimeUntilTheWindowResets() {
        limiter.acquire(caller, GENERAL);
        limiter.acquire(caller, GENERAL);
        limiter.acquire(caller, GENERAL);

        RateLimitDecision refused = limiter.acquire(caller, GENERAL);

        assertThat(refused.resetAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void theTimeUntilTheResetCountsDownWithinTheWindow() throws InterruptedException {
        RateLimit limit = new RateLimit("general", 3, Duration.ofSeconds(2));
        limiter.acquire(caller, limit);

        elapse(Duration.ofMillis(500));

        assertThat(limiter.acquire(caller, limit).resetAfter())
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() throws InterruptedException {
        RateLimit limit = new RateLimit("workflow", 1, Duration.ofMillis(500));
        limiter.acquire(caller, limit);
        assertThat(limiter.acquire(caller, limit).allowed()).isFalse();

        elapse(Duration.ofMillis(700));

        RateLimitDecision next = limiter.acquire(caller, limit);
        assertThat(next.allowed()).isTrue();
        assertThat(next.remaining()).isZero();
    }

    @Test
    void refusedRequestsDoNotPostponeTheReset() throws InterruptedException {
        RateLimit limit = new RateLimit("workflow", 1, Duration.ofMillis(500));
        limiter.acquire(caller, limit);
        elapse(Duration.ofMillis(300));
        assertThat(limiter.acquire(caller, limit).allowed()).isFalse();

        elapse(Duration.ofMillis(300));

        assertThat(limiter.acquire(caller, limit).allowed()).isTrue();
    }

    @Test
    void eachCallerHasACountOfItsOwn() {
        RateLimit limit = new RateLimit("general", 1, Duration.ofMinutes(15));
        limiter.acquire(caller, limit);

        assertThat(limiter.acquire(caller + ":other", limit).allowed()).isTrue();
        assertThat(limiter.acquire(caller, limit).allowed()).isFalse();
    }

    @Test
    void eachRateLimitClassHasACountOfItsOwn() {
        limiter.acquire(caller, new RateLimit("general", 1, Duration.ofMinutes(15)));

        assertThat(limiter.acquire(caller, new RateLimit("email", 1, Duration.ofMinutes(15))).allowed()).isTrue();
    }

    @Test
    void aPeekCountsNothing() {
        RateLimit limit = new RateLimit("auth", 2, Duration.ofMinutes(15));
        limiter.peek(caller, limit);
        limiter.peek(caller, limit);

        assertThat(limiter.acquire(caller, limit).remaining()).isEqualTo(1);
    }

    @Test
    void aPeekTellsWhetherOneMoreRequestWouldBeAllowed() {
        RateLimit limit = new RateLimit("auth", 2, Duration.ofMinutes(15));
        assertThat(limiter.peek(caller, limit).allowed()).isTrue();
        limiter.acquire(caller, limit);
        assertThat(limiter.peek(caller, limit).allowed()).isTrue();
        limiter.acquire(caller, limit);

        RateLimitDecision exhausted = limiter.peek(caller, limit);

        assertThat(exhausted.allowed()).isFalse();
        assertThat(exhausted.remaining()).isZero();
        assertThat(exhausted.resetAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void aPeekSeesTheWindowEnd() throws InterruptedException {
        RateLimit limit = new RateLimit("auth", 1, Duration.ofMillis(500));
        limiter.acquire(caller, limit);

        elapse(Duration.ofMillis(700));

        assertThat(limiter.peek(caller, limit).allowed()).isTrue();
    }
}
