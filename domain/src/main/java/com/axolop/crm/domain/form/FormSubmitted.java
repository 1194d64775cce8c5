package com.axolop.crm.domain.form;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * form.submitted: a submission was accepted. Not a change of the form itself, so not one of its
 * {@link FormEvent}s: its payload is the submission.
 */
public record FormSubmitted(UUID id, Instant occurredAt, FormSubmission submission) {
    public static final String TYPE = "form.submitted";

    public FormSubmitted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(submission, "submission");
    }
}
