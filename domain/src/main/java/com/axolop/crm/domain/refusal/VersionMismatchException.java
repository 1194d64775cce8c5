package com.axolop.crm.domain.refusal;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The client's expected version (If-Match) is not the current one. */
public final class VersionMismatchException extends Refusal {
    public VersionMismatchException(Set<Long> expected, long actual) {
        super("The record was modified: expected version " + new TreeSet<>(expected).stream().map(String::valueOf)
                .collect(Collectors.joining(" or ")) + ", current version is " + actual);
    }
}
