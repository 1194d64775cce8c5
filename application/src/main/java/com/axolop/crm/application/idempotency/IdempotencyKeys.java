package com.axolop.crm.application.idempotency;

import java.time.Instant;
import java.util.Optional;

/** The keys and the replies they hold. {@link #claim} and {@link #keep} run inside the caller's transaction. */
public interface IdempotencyKeys {
    /**
     * Takes the request's key until {@code expiresAt} (empty), or returns what an earlier request under the
     * key kept. A key that expired by {@code now} is free again. While another transaction holds the key this
     * waits for it to end: if it committed, its reply is returned; if it rolled back, the key is taken.
     */
    Optional<KeptReply> claim(IdempotentRequest request, Instant now, Instant expiresAt);

    /** Keeps the reply under the key this transaction claimed. */
    void keep(IdempotentRequest request, StoredReply reply);

    /** Deletes the keys expired by {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
