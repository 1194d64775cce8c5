package com.axolop.crm.domain.shared;

import java.time.Instant;
import java.util.Objects;

/** Who created a record and when, when it last changed, and its version (1 on creation, +1 per change). */
public record Revision(UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
    public Revision {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    public static Revision first(UserId createdBy, Instant now) {
        return new Revision(createdBy, now, now, 1);
    }

    public Revision next(Instant now) {
        return new Revision(createdBy, createdAt, now, version + 1);
    }
}
