package com.axolop.crm.application.shared;

import com.axolop.crm.domain.refusal.VersionMismatchException;
import java.util.Set;

/** Optimistic-lock precondition of a write: any version, or one of the given ones (If-Match may list several). */
public record ExpectedVersion(Set<Long> versions) {
    public static final ExpectedVersion ANY = new ExpectedVersion(Set.of());

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(versions);
    }

    public void check(long actual) {
        if (!versions.isEmpty() && !versions.contains(actual)) {
            throw new VersionMismatchException(versions, actual);
        }
    }
}
