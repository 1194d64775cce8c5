package com.axolop.crm.domain.refusal;

import java.util.List;

/** Fields that are well-formed but break a rule: every one of them at once. */
public final class InvalidFieldException extends Refusal {
    private final List<FieldViolation> violations;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldViolation(field, field + " " + message)));
    }

    public InvalidFieldException(List<FieldViolation> violations) {
        super(violations.size() == 1 ? violations.getFirst().message() : "Validation failed");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid field needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
