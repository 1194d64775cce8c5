package com.axolop.crm.domain.form;

import java.util.List;

/** A submission that does not fit its form: every refused value at once. */
public class InvalidSubmissionException extends RuntimeException {
    private final List<FieldViolation> violations;

    public InvalidSubmissionException(List<FieldViolation> violations) {
        super("The submission does not fit the form");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
