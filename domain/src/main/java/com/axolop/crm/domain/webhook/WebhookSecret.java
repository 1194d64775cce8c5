package com.axolop.crm.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of its key bytes (24 random bytes
 * when generated here). Its text never appears in logs: {@link #toString} hides it.
 */
public record WebhookSecret(String value) {
    public static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || key(value).length < GENERATED_BYTES) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and the base64 of at least "
                    + GENERATED_BYTES + " bytes");
        }
    }

    public static WebhookSecret generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The HMAC key: the decoded bytes after the prefix. */
    public byte[] key() {
        return key(value);
    }

    private static byte[] key(String value) {
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
