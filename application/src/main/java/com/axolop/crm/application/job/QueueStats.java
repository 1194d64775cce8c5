package com.axolop.crm.application.job;

import java.util.Objects;

/** A queue's jobs by state, as the caller's workspace sees them, and whether the workspace paused it. */
public record QueueStats(QueueName queue, long waiting, long active, long completed, long failed, long delayed,
                         boolean paused) {
    public QueueStats {
        Objects.requireNonNull(queue, "queue");
    }
}
