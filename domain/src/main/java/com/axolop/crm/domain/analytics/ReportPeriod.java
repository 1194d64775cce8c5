package com.axolop.crm.domain.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers, [first, end), in a time zone: its instants are the starts of those days there, so
 * a day of a DST change is 23 or 25 hours long. A calendar period ({@code unit} set) has a calendar period before
 * it (February's is January); a custom range has the same number of days before it.
 */
public record ReportPeriod(LocalDate first, LocalDate end, ZoneId zone, PeriodUnit unit) {
    /** Longest custom range, so a daily series stays a few thousand buckets. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!first.isBefore(end)) {
            throw new IllegalArgumentException("must not be before startDate");
        }
    }

    /** The calendar {@code unit} (this week, this month...) that contains {@code now} in {@code zone}. */
    public static ReportPeriod current(PeriodUnit unit, Instant now, ZoneId zone) {
        LocalDate first = unit.floor(LocalDate.ofInstant(now, zone));
        return new ReportPeriod(first, unit.plus(first, 1), zone, unit);
    }

    /** The days from {@code startDate} to {@code endDate}, both included. */
    public static ReportPeriod between(LocalDate startDate, LocalDate endDate, ZoneId zone) {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("must not be before startDate");
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) >= MAX_DAYS) {
            throw new IllegalArgumentException("must be less than " + MAX_DAYS + " days after startDate");
        }
        return new ReportPeriod(startDate, endDate.plusDays(1), zone, null);
    }

    public ReportPeriod previous() {
        if (unit != null) {
            return new ReportPeriod(unit.plus(first, -1), first, zone, unit);
        }
        return new ReportPeriod(first.minusDays(ChronoUnit.DAYS.between(first, end)), first, zone, null);
    }

    public Instant from() {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return end.atStartOfDay(zone).toInstant();
    }

    /** The first day of every {@code interval} bucket the period touches, in order. */
    public List<LocalDate> buckets(PeriodUnit interval) {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate bucket = interval.floor(first); bucket.isBefore(end); bucket = interval.plus(bucket, 1)) {
            buckets.add(bucket);
        }
        return buckets;
    }
}
