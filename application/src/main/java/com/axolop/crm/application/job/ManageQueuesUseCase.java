package com.axolop.crm.application.job;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The contract's queue management (getQueueStats, pauseQueue, resumeQueue, cleanQueue), for admins. */
public interface ManageQueuesUseCase {
    List<QueueStats> queues(Actor actor);

    QueueStats queue(Actor actor, QueueName queue);

    QueueStats pause(Actor actor, QueueName queue);

    QueueStats resume(Actor actor, QueueName queue);

    /** Deletes the COMPLETED or FAILED jobs that finished more than {@code grace} ago; returns how many. */
    long clean(Actor actor, QueueName queue, JobState state, Duration grace);

    Page<Job> jobs(Actor actor, QueueName queue, JobState state, PageRequest page);

    /** Runs a FAILED job again; any other state is a conflict. */
    Job retry(Actor actor, QueueName queue, UUID id);
}
