package com.axolop.crm.application.shared;

/** The client's expected version (If-Match) is not the current one. */
public class VersionMismatchException extends RuntimeException {
    public VersionMismatchException(long expected, long actual) {
        super("The record was modified: expected version " + expected + ", current version is " + actual);
    }
}
