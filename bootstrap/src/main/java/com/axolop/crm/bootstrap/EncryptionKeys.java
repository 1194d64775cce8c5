package com.axolop.crm.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * ENCRYPTION_KEY and ENCRYPTION_KEYS_PREVIOUS: each key is 32 bytes written as 64 hex digits, as base64, or as a
 * 32-character string (the API contract's form). The first form that fits wins; a 32-character string can be
 * neither of the others, so the reading is unambiguous.
 */
record EncryptionKeys(byte[] current, List<byte[]> previous) {
    static final String FORMS = "32 bytes: 64 hex digits, base64, or a 32-character string";

    EncryptionKeys {
        previous = List.copyOf(previous);
    }

    AesGcmSecretCipher cipher() {
        return new AesGcmSecretCipher(current, previous);
    }

    /** The key, or {@code IllegalArgumentException} naming what is wrong (never echoing the value). */
    static byte[] parse(String text) {
        String value = text.strip();
        if (value.matches("[0-9a-fA-F]{64}")) {
            return HexFormat.of().parseHex(value);
        }
        if (value.length() >= 43) {
            try {
                byte[] decoded = Base64.getDecoder().decode(value);
                if (decoded.length == AesGcmSecretCipher.KEY_BYTES) {
                    return decoded;
                }
            } catch (IllegalArgumentException e) {
                // not base64: one of the other forms, or none
            }
        }
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        if (raw.length == AesGcmSecretCipher.KEY_BYTES) {
            return raw;
        }
        throw new IllegalArgumentException("must be " + FORMS + " (got " + value.length() + " characters)");
    }

    /** Comma-separated keys; empty means none. */
    static List<byte[]> parseList(String text) {
        List<byte[]> keys = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                keys.add(parse(part));
            }
        }
        return keys;
    }
}
