package com.axolop.crm.application.idempotency;

import java.util.function.Supplier;

/** Idempotency-Key: a write sent again under the same key gets the first reply instead of a second write. */
public interface RunOnceUseCase {
    /**
     * Runs {@code work} unless the key already holds a reply to the same request, which is then replayed.
     * The key, the work's writes and the reply commit together; a failure (an exception or a 4xx/5xx reply)
     * keeps nothing, so the client may retry under the same key. Concurrent duplicates wait for the first.
     *
     * @throws IdempotencyKeyReusedException if the key holds the reply to a different request
     */
    Outcome run(IdempotentRequest request, Supplier<StoredReply> work);

    /** Forgets the keys past their time to live; returns how many. */
    int forgetExpired();
}
