package com.axolop.crm.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void theCurrentWeekStartsOnMondayAtMidnightInTheZone() {
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin: a new week there, the old one in UTC.
        Instant now = Instant.parse("2024-03-03T23:30:00Z");

        ReportPeriod berlin = ReportPeriod.current(PeriodUnit.WEEK, now, BERLIN);
        ReportPeriod utc = ReportPeriod.current(PeriodUnit.WEEK, now, UTC);

        assertThat(berlin.first()).isEqualTo(LocalDate.parse("2024-03-04"));
        assertThat(berlin.from()).isEqualTo(Instant.parse("2024-03-03T23:00:00Z"));
        assertThat(berlin.to()).isEqualTo(Instant.parse("2024-03-10T23:00:00Z"));
        assertThat(utc.first()).isEqualTo(LocalDate.parse("2024-02-26"));
    }

    @Test
    void aMonthAcrossTheSpringChangeIsAnHourShort() {
        ReportPeriod march = ReportPeriod.current(PeriodUnit.MONTH, Instant.parse("2024-03-15T12:00:00Z"), BERLIN);

        assertThat(march.from()).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
    }

    @Test
    void thePeriodBeforeMarchIsFebruaryWithItsLeapDay() {
        ReportPeriod march = ReportPeriod.current(PeriodUnit.MONTH, Instant.parse("2024-03-15T12:00:00Z"), UTC);

        ReportPeriod february = march.previous();

        assertThat(february.first()).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(february.end()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(february.buckets(PeriodUnit.DAY)).hasSize(29).endsWith(LocalDate.parse("2024-02-29"));
    }

    @Test
    void quartersAndYearsFollowTheCalendar() {
        Instant now = Instant.parse("2024-08-20T00:00:00Z");

        assertThat(ReportPeriod.current(PeriodUnit.QUARTER, now, UTC).first()).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(ReportPeriod.current(PeriodUnit.QUARTER, now, UTC).previous().first())
                .isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(ReportPeriod.current(PeriodUnit.YEAR, now, UTC).buckets(PeriodUnit.MONTH)).hasSize(12);
        assertThat(ReportPeriod.current(PeriodUnit.DAY, now, UTC).end()).isEqualTo(LocalDate.parse("2024-08-21"));
    }

    @Test
    void aCustomRangeIncludesBothDaysAndIsPrecededByAsManyDays() {
        ReportPeriod range = ReportPeriod.between(LocalDate.parse("2024-02-27"), LocalDate.parse("2024-03-01"), BERLIN);

        assertThat(range.end()).isEqualTo(LocalDate.parse("2024-03-02"));
        assertThat(range.previous().first()).isEqualTo(LocalDate.parse("2024-02-23"));
        assertThat(range.previous().end()).isEqualTo(LocalDate.parse("2024-02-27"));
    }

    @Test
    void weeklyBucketsStartOnTheMondayOfTheFirstDay() {
        ReportPeriod range = ReportPeriod.between(LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-12"), UTC);

        assertThat(range.buckets(PeriodUnit.WEEK)).containsExactly(LocalDate.parse("2024-02-26"),
                LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-11"));
    }

    @Test
    void aRangeEndingBeforeItStartsOrTooLongIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.between(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-01"), UTC))
                .hasMessage("must not be before startDate");
        assertThatThrownBy(() -> ReportPeriod.between(LocalDate.parse("2020-01-01"), LocalDate.parse("2024-01-01"), UTC))
                .hasMessage("must be less than 1098 days after startDate");
    }
}
