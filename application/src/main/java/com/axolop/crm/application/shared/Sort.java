package com.axolop.crm.application.shared;

import java.util.Objects;

/**
 * A sort on one whitelisted field of an entity, or by relevance to the list's search text (no field;
 * descending is best match first).
 */
public record Sort<F extends Enum<F>>(F field, Direction direction) {
    public enum Direction { ASC, DESC }

    public Sort {
        Objects.requireNonNull(direction, "direction");
    }

    public static <F extends Enum<F>> Sort<F> relevance() {
        return new Sort<>(null, Direction.DESC);
    }

    public boolean byRelevance() {
        return field == null;
    }
}
