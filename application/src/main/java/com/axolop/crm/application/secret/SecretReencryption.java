package com.axolop.crm.application.secret;

import java.util.Objects;

/**
 * Moves secrets sealed under a retired key (ENCRYPTION_KEYS_PREVIOUS) to the current one, in small batches, so the
 * retired key can be dropped from the configuration once this has run.
 */
public final class SecretReencryption {
    private static final System.Logger LOG = System.getLogger(SecretReencryption.class.getName());
    private static final int BATCH = 200;

    private final StoredSecrets secrets;

    public SecretReencryption(StoredSecrets secrets) {
        this.secrets = Objects.requireNonNull(secrets);
    }

    /** Runs until no value under an older key is left; returns how many it moved. */
    public long run() {
        long moved = 0;
        for (int batch = secrets.reencryptOlder(BATCH); batch > 0; batch = secrets.reencryptOlder(BATCH)) {
            moved += batch;
        }
        if (moved > 0) {
            LOG.log(System.Logger.Level.INFO, "Re-encrypted " + moved + " stored secrets under the current key");
        }
        return moved;
    }
}
