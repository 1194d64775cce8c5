package com.axolop.crm.application.job;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A job to enqueue: {@code type} names its handler within the queue, {@code payload} is JSON-shaped. Priority 1
 * runs first (default 5). {@code runAt} null means now. A {@code dedupeKey} is enqueued once while a job with it
 * waits or runs.
 */
public record JobRequest(WorkspaceId workspace, QueueName queue, String type, Map<String, Object> payload,
                         int priority, Instant runAt, int maxAttempts, String dedupeKey) {
    public static final int DEFAULT_PRIORITY = 5;
    public static final int MAX_TYPE = 100;
    public static final int MAX_DEDUPE_KEY = 200;

    public JobRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || type.length() > MAX_TYPE) {
            throw new IllegalArgumentException("a job type has 1 to " + MAX_TYPE + " characters");
        }
        payload = Map.copyOf(Objects.requireNonNull(payload, "payload"));
        if (priority < 1 || priority > 10) {
            throw new IllegalArgumentException("priority must be between 1 and 10");
        }
        if (maxAttempts < 1 || maxAttempts > 25) {
            throw new IllegalArgumentException("attempts must be between 1 and 25");
        }
        if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > MAX_DEDUPE_KEY)) {
            throw new IllegalArgumentException("a dedupe key has 1 to " + MAX_DEDUPE_KEY + " characters");
        }
    }

    /** A job with the queue's defaults: priority 5, now, its default attempts, no dedupe key. */
    public static JobRequest of(WorkspaceId workspace, QueueName queue, String type, Map<String, Object> payload) {
        return new JobRequest(workspace, queue, type, payload, DEFAULT_PRIORITY, null, queue.defaultAttempts(), null);
    }

    public JobRequest withPriority(int value) {
        return new JobRequest(workspace, queue, type, payload, value, runAt, maxAttempts, dedupeKey);
    }

    public JobRequest runAt(Instant at) {
        return new JobRequest(workspace, queue, type, payload, priority, at, maxAttempts, dedupeKey);
    }

    public JobRequest withAttempts(int attempts) {
        return new JobRequest(workspace, queue, type, payload, priority, runAt, attempts, dedupeKey);
    }

    public JobRequest dedupedBy(String key) {
        return new JobRequest(workspace, queue, type, payload, priority, runAt, maxAttempts, key);
    }
}
