package com.axolop.crm.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule exact = new RetrySchedule(RetrySchedule.STANDARD, () -> 0.5);

    @Test
    void followsTheStandardScheduleForEightAttempts() {
        assertThat(exact.attempts()).isEqualTo(8);
        assertThat(exact.after(1, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(exact.after(2, null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(exact.after(3, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(exact.after(4, null)).isEqualTo(Duration.ofHours(2));
        assertThat(exact.after(5, null)).isEqualTo(Duration.ofHours(5));
        assertThat(exact.after(6, null)).isEqualTo(Duration.ofHours(10));
        assertThat(exact.after(7, null)).isEqualTo(Duration.ofHours(10));
        assertThat(exact.after(8, null)).isNull();
    }

    @Test
    void jittersByAtMostTenPercent() {
        assertThat(new RetrySchedule(RetrySchedule.STANDARD, () -> 0.0).after(2, null))
                .isEqualTo(Duration.ofSeconds(270));
        assertThat(new RetrySchedule(RetrySchedule.STANDARD, () -> 1.0).after(2, null))
                .isEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void honoursALongerRetryAfterUpToADay() {
        assertThat(exact.after(1, Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
        assertThat(exact.after(1, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(5));
        assertThat(exact.after(1, Duration.ofDays(3))).isEqualTo(RetrySchedule.MAX_RETRY_AFTER);
    }
}
