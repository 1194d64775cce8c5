package com.axolop.crm.adapter.postgres.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch [from, to) of a report read through a rollup of UTC buckets (days or hours, aligned on the epoch): the
 * buckets wholly inside it, [wholeFrom, wholeTo), are summed from the rollup, and the rows of the partial buckets
 * at its two ends are counted directly, so the figures are exact whatever the zone's offset. {@code label} names
 * the report's bucket the stretch stands for.
 */
record RollupSpan(LocalDate label, Instant from, Instant to, Instant wholeFrom, Instant wholeTo) {
    RollupSpan {
        Objects.requireNonNull(label);
        if (!from.isBefore(to) || wholeFrom.isBefore(from) || wholeTo.isBefore(wholeFrom) || to.isBefore(wholeTo)) {
            throw new IllegalArgumentException("Not a span: " + from + " " + wholeFrom + " " + wholeTo + " " + to);
        }
    }

    static RollupSpan of(LocalDate label, Instant from, Instant to, Duration bucket) {
        Instant first = floor(from, bucket).equals(from) ? from : floor(from, bucket).plus(bucket);
        Instant last = floor(to, bucket);
        return first.isBefore(last) ? new RollupSpan(label, from, to, first, last) : direct(label, from, to);
    }

    /** Every row counted directly: for a filter the rollups do not keep (an owner). */
    static RollupSpan direct(LocalDate label, Instant from, Instant to) {
        return new RollupSpan(label, from, to, to, to);
    }

    private static Instant floor(Instant instant, Duration bucket) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), bucket.toSeconds()) * bucket.toSeconds());
    }
}
