package com.axolop.crm.adapter.postgres.shared;

/** A database failure that the caller cannot fix; surfaces as a 500 without details. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
