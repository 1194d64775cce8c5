package com.axolop.crm.application.job;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link QueueAdministration} for routes: queues that hold no jobs, and can be paused. */
public class InMemoryQueueAdministration implements QueueAdministration {
    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    @Override
    public QueueStats stats(WorkspaceId workspace, QueueName queue) {
        return new QueueStats(queue, 0, 0, 0, 0, 0, paused.contains(workspace + "/" + queue));
    }

    @Override
    public void setPaused(WorkspaceId workspace, QueueName queue, boolean pause) {
        if (pause) {
            paused.add(workspace + "/" + queue);
        } else {
            paused.remove(workspace + "/" + queue);
        }
    }

    @Override
    public long clean(WorkspaceId workspace, QueueName queue, JobState state, Instant before) {
        return 0;
    }

    @Override
    public Page<Job> list(WorkspaceId workspace, QueueName queue, JobState state, PageRequest page) {
        return new Page<>(List.of(), page, 0);
    }

    @Override
    public Optional<Job> find(WorkspaceId workspace, QueueName queue, UUID id) {
        return Optional.empty();
    }

    @Override
    public Job retry(WorkspaceId workspace, QueueName queue, UUID id) {
        throw new IllegalStateException("No job " + id);
    }
}
