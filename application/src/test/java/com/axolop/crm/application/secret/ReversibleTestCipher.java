package com.axolop.crm.application.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Test fake of {@link SecretCipher}: the versioned shape without the cryptography (base64 under key "test"), so
 * store tests see what reaches a column. The AES-GCM cipher is tested on its own in bootstrap.
 */
public class ReversibleTestCipher implements SecretCipher {
    private static final String PREFIX = "v1:test:";

    @Override
    public String encrypt(String plaintext) {
        return PREFIX + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a value of the test cipher");
        }
        return new String(Base64.getDecoder().decode(stored.substring(PREFIX.length())), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isCurrent(String stored) {
        return stored.startsWith(PREFIX);
    }
}
