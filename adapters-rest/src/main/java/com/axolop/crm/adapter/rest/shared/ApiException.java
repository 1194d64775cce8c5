package com.axolop.crm.adapter.rest.shared;

import io.helidon.http.Status;
import java.util.List;

/** A refusal with a status and a message safe to show the client. */
public class ApiException extends RuntimeException {
    private final Status status;
    private final List<FieldError> errors;

    public ApiException(Status status, String message) {
        this(status, message, List.of());
    }

    public ApiException(Status status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(Status.BAD_REQUEST_400, "Validation failed", errors);
    }

    public Status status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
