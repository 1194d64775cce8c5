package com.axolop.crm.application.job;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test fake of {@link JobQueue}: keeps what was enqueued, runs nothing. */
public class InMemoryJobQueue implements JobQueue {
    private final List<JobRequest> enqueued = new CopyOnWriteArrayList<>();

    @Override
    public UUID enqueue(JobRequest request) {
        enqueued.add(request);
        return UUID.randomUUID();
    }

    public List<JobRequest> enqueued() {
        return List.copyOf(enqueued);
    }
}
