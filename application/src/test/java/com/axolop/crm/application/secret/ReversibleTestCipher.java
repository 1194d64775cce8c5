package com.axolop.crm.application.secret;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test fake of {@link SecretCipher}: the versioned shape (v1:&lt;key&gt;:&lt;base64&gt;) without the cryptography, so
 * store tests see what reaches a column and which key sealed it. The AES-GCM cipher is tested on its own.
 */
public class ReversibleTestCipher implements SecretCipher {
    private final String current;
    private final List<String> keys;

    /** Seals under key "test". */
    public ReversibleTestCipher() {
        this("test");
    }

    /** Seals under {@code current}; opens values of it and of {@code previous}. */
    public ReversibleTestCipher(String current, String... previous) {
        this.current = current;
        this.keys = Stream.concat(Stream.of(current),
                Arrays.stream(previous)).toList();
    }

    @Override
    public String encrypt(String plaintext) {
        return "v1:" + current + ":" + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !keys.contains(parts[1])) {
            throw new IllegalStateException("Not a value of the test cipher's keys");
        }
        return new String(Base64.getDecoder().decode(parts[2]), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isCurrent(String stored) {
        return stored.startsWith("v1:" + current + ":");
    }
}
