package com.axolop.crm.domain.workflow;

import java.time.Duration;
import java.util.Objects;

/** Pauses the run before its next step: a whole number of minutes, hours or days, at most 365 days. */
public record Wait(int amount, Unit unit) implements WorkflowStep {
    public static final String TYPE = "wait";
    public static final Duration MAX = Duration.ofDays(365);

    public Wait {
        Objects.requireNonNull(unit, "unit");
        Values.part(unit.apiName(), amount, given -> amount(given, unit));
    }

    /** A positive amount of {@code unit} that lasts at most {@link #MAX}. */
    public static int amount(int amount, Unit unit) {
        if (amount < 1) {
            throw new IllegalArgumentException("must be a positive integer");
        }
        long max = MAX.toMinutes() / unit.minutes;
        if (amount > max) {
            throw new IllegalArgumentException("must be at most " + max + " (365 days)");
        }
        return amount;
    }

    public Duration duration() {
        return Duration.ofMinutes((long) amount * unit.minutes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The unit a wait counts in; the API names the amount by it ({"minutes": 30}). */
    public enum Unit {
        MINUTES(1), HOURS(60), DAYS(24 * 60);

        private final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }

        public String apiName() {
            return name().toLowerCase();
        }
    }
}
