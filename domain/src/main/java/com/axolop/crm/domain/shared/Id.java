package com.axolop.crm.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a record of type {@code T}: a UUIDv7, typed so a contact id cannot be passed as a lead's. */
public record Id<T>(UUID value) {
    public Id {
        Objects.requireNonNull(value, "value");
    }

    public static <T> Id<T> newId() {
        return new Id<>(Uuids.v7());
    }

    public static <T> Id<T> parse(String value) {
        return new Id<>(Uuids.parse(value));
    }

    /** Null in, null out: for optional references. */
    public static <T> Id<T> ofNullable(String value) {
        return value == null ? null : parse(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
