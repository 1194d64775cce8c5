package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.domain.refusal.FieldViolation;
import io.helidon.http.Status;
import java.util.List;

/** A refusal with a status and a message safe to show the client. */
public class ApiException extends RuntimeException {
    private final Status status;
    private final List<FieldViolation> errors;

    public ApiException(Status status, String message) {
        this(status, message, List.of());
    }

    public ApiException(Status status, String message, List<FieldViolation> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiException validation(List<FieldViolation> errors) {
        return new ApiException(Status.BAD_REQUEST_400, "Validation failed", errors);
    }

    public Status status() {
        return status;
    }

    public List<FieldViolation> errors() {
        return errors;
    }
}
