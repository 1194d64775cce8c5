package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.shared.UserId;
import java.util.Objects;

/** Assigns the record the workflow runs on to a user (a lead's assigned_to, a contact's or deal's owner). */
public record Assign(UserId to) implements WorkflowStep {
    public static final String TYPE = "assign";

    public Assign {
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
