package com.axolop.crm.application.job;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored job. {@code attempts} counts the runs started, this one included when active. {@code startedAt} and
 * {@code finishedAt} belong to the last run; {@code lastError} to the last failed one.
 */
public record Job(UUID id, WorkspaceId workspace, QueueName queue, String type, Map<String, Object> payload,
                  int priority, JobState state, int attempts, int maxAttempts, Instant runAt, Instant createdAt,
                  Instant startedAt, Instant finishedAt, String lastError, String dedupeKey) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        payload = payload == null ? Map.of() : payload;
    }

    /** Whether another run is allowed after this one fails. */
    public boolean canRetry() {
        return attempts < maxAttempts;
    }
}
