package com.axolop.crm.domain.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar unit of reports: periods and series buckets start on its boundaries (weeks on Mondays, ISO). */
public enum PeriodUnit {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the unit that contains {@code date}. */
    public LocalDate floor(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** {@code date} moved by {@code units} whole units (negative: back). */
    public LocalDate plus(LocalDate date, long units) {
        return switch (this) {
            case DAY -> date.plusDays(units);
            case WEEK -> date.plusWeeks(units);
            case MONTH -> date.plusMonths(units);
            case QUARTER -> date.plusMonths(3 * units);
            case YEAR -> date.plusYears(units);
        };
    }
}
