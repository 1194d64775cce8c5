package com.axolop.crm.application.secret;

/**
 * Encryption at rest of the secrets the service must read back (webhook signing secrets, integration credentials).
 * A stored value names the key that sealed it, so keys can rotate: older keys still open old values, and
 * {@link #isCurrent} tells which ones a re-encryption should move to the current key.
 */
public interface SecretCipher {
    /** The stored form of {@code plaintext}, sealed under the current key. */
    String encrypt(String plaintext);

    /** The plaintext of a stored value; {@code IllegalStateException} when no known key opens it (or it was altered). */
    String decrypt(String stored);

    /** Whether {@code stored} is sealed under the current key. */
    boolean isCurrent(String stored);
}
