package com.axolop.crm.application.idempotency;

import java.util.Objects;

/** What a key holds: the fingerprint of the request that took it and the reply that request got. */
public record KeptReply(String fingerprint, StoredReply reply) {
    public KeptReply {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(reply, "reply");
    }
}
