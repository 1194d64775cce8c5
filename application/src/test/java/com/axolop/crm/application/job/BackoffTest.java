package com.axolop.crm.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static Backoff withRandom(double random) {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> random);
    }

    @Test
    void doublesPerAttemptAtTheTopOfTheJitter() {
        Backoff top = withRandom(1.0);

        assertThat(top.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(top.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(top.after(4)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterTakesAtMostHalfTheWaitAway() {
        assertThat(withRandom(0.0).after(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(withRandom(0.5).after(3)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void neverWaitsLongerThanTheCapHoweverManyAttempts() {
        assertThat(withRandom(1.0).after(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(withRandom(1.0).after(500)).isEqualTo(Duration.ofMinutes(1));
    }
}
