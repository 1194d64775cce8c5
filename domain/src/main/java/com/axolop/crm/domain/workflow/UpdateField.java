package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import java.util.Objects;

/** Sets one field of the record the workflow runs on; a null value clears an optional field. */
public record UpdateField(UpdatableField field, Object value) implements WorkflowStep {
    public static final String TYPE = "update_field";

    public UpdateField {
        Objects.requireNonNull(field, "field");
        value = part("value", value, field::check);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
