package com.axolop.crm.domain.shared;

/** Rules for free text fields: trimmed, blank means absent, bounded length. */
public final class Text {
    private Text() {
    }

    public static String required(String value, int maxLength) {
        String trimmed = optional(value, maxLength);
        if (trimmed == null) {
            throw new IllegalArgumentException("is required");
        }
        return trimmed;
    }

    public static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
