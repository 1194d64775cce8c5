package com.axolop.crm.domain.shared;

/** A user of the CRM, as the identity provider names it (the JWT subject). */
public record UserId(String value) {
    public UserId {
        value = Text.required(value, 128);
    }

    /** Null in, null out: for optional references such as an assignee. */
    public static UserId ofNullable(String value) {
        return value == null || value.isBlank() ? null : new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
