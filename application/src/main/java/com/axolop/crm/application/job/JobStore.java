package com.axolop.crm.application.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What workers need from the store of jobs. A claimed job is leased to one worker: only that worker may complete,
 * fail or extend it; when the lease runs out (the worker died) the job is released to run again.
 */
public interface JobStore {
    /** Up to {@code limit} due jobs of the queue, highest priority first, now ACTIVE and leased to {@code worker}. */
    List<Job> claim(QueueName queue, int limit, String worker, Duration lease);

    /** Marks the worker's jobs COMPLETED. */
    void complete(Collection<UUID> ids, String worker);

    /** A failed run: the job waits {@code retryIn} (from the store's now), or is FAILED for good when that is null. */
    void fail(UUID id, String worker, String error, Duration retryIn);

    /** Extends the leases of the worker's running jobs. */
    void heartbeat(Collection<UUID> ids, String worker, Duration lease);

    /**
     * Jobs whose lease ran out (their worker died) wait again without using an attempt, or fail after being
     * interrupted so three times; returns how many.
     */
    int releaseExpired();

    /** Deletes completed jobs that finished before {@code cutoff}; returns how many. */
    long deleteCompletedBefore(Instant cutoff);

    /** Calls {@code listener} with a queue that has new due jobs (told by whoever enqueued them, on any instance). */
    void onNewJobs(Consumer<QueueName> listener);
}
