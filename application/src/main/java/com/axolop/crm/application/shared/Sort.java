package com.axolop.crm.application.shared;

import java.util.Objects;

/** A sort on one whitelisted field of an entity. */
public record Sort<F extends Enum<F>>(F field, Direction direction) {
    public enum Direction { ASC, DESC }

    public Sort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
