package com.axolop.crm.application.job;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The store's side of queue management; every method is scoped to one workspace's jobs. */
public interface QueueAdministration {
    QueueStats stats(WorkspaceId workspace, QueueName queue);

    /** A paused queue keeps its jobs but runs none of the workspace's until resumed. */
    void setPaused(WorkspaceId workspace, QueueName queue, boolean paused);

    /** Deletes the jobs in {@code state} (COMPLETED or FAILED) that finished before {@code before}. */
    long clean(WorkspaceId workspace, QueueName queue, JobState state, Instant before);

    /** The queue's jobs, newest first; {@code state} null for all. */
    Page<Job> list(WorkspaceId workspace, QueueName queue, JobState state, PageRequest page);

    Optional<Job> find(WorkspaceId workspace, QueueName queue, UUID id);

    /** A FAILED job waits again, due now, with its attempts reset; returns it. */
    Job retry(WorkspaceId workspace, QueueName queue, UUID id);
}
