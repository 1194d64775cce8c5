package com.axolop.crm.domain.shared;

import java.util.regex.Pattern;

/**
 * The tenant every record belongs to. Its characters are restricted because it is embedded in cache,
 * rate-limit and lock keys, where a ':' or a glob character could reach into another workspace's keys.
 */
public record WorkspaceId(String value) {
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._@-]{1,128}$");

    public WorkspaceId {
        value = Text.required(value, 128);
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("may contain only letters, digits and . _ @ -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
