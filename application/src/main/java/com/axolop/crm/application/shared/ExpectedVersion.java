package com.axolop.crm.application.shared;

/** Optimistic-lock precondition of a write: any version, or exactly one. */
public record ExpectedVersion(Long value) {
    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(version);
    }

    public void check(long actual) {
        if (value != null && value != actual) {
            throw new VersionMismatchException(value, actual);
        }
    }
}
