package com.axolop.crm.application.shared;

/**
 * What a user typed into a search box (the {@code q} parameter): trimmed, 1 to 200 characters, and free of
 * control characters, which no stored text contains (the search index separates fields with U+001F).
 */
public record SearchText(String value) {
    public static final int MAX_LENGTH = 200;

    public SearchText {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
