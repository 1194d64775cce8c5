package com.axolop.crm.domain.shared;

/** The tenant every record belongs to. */
public record WorkspaceId(String value) {
    public WorkspaceId {
        value = Text.required(value, 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
