package com.axolop.crm.domain.shared;

import java.util.regex.Pattern;

/** A syntactically valid e-mail address (the practical subset of RFC 5322 that mail systems accept). */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public EmailAddress {
        value = Text.required(value, 254);
        if (!SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("must be a valid email address");
        }
    }

    public static EmailAddress ofNullable(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
