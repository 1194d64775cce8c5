package com.axolop.crm.application.idempotency;

import java.util.Objects;

/** A reply, and whether it is the replay of an earlier request's reply rather than this request's own. */
public record Outcome(StoredReply reply, boolean replayed) {
    public Outcome {
        Objects.requireNonNull(reply, "reply");
    }
}
