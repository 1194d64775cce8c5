package com.axolop.crm.application.idempotency;

/** A client's {@code Idempotency-Key}: 1 to 255 printable ASCII characters (what fits a header and an index). */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }
}
