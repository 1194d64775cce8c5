package com.axolop.crm.application.secret;

/** Every secret a store keeps encrypted (webhook secrets, integration credentials), for key rotation. */
@FunctionalInterface
public interface StoredSecrets {
    /**
     * Re-encrypts under the current key up to {@code limit} stored values that an older key sealed; returns how
     * many it moved (0: none left). Safe to run on several instances at once.
     */
    int reencryptOlder(int limit);
}
