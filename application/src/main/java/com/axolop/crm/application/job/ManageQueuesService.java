package com.axolop.crm.application.job;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

public class ManageQueuesService implements ManageQueuesUseCase {
    private final QueueAdministration store;
    private final Clock clock;

    public ManageQueuesService(QueueAdministration store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<QueueStats> queues(Actor actor) {
        actor.requireAdmin();
        return Arrays.stream(QueueName.values()).map(queue -> store.stats(actor.workspace(), queue)).toList();
    }

    @Override
    public QueueStats queue(Actor actor, QueueName queue) {
        actor.requireAdmin();
        return store.stats(actor.workspace(), queue);
    }

    @Override
    public QueueStats pause(Actor actor, QueueName queue) {
        actor.requireAdmin();
        store.setPaused(actor.workspace(), queue, true);
        return store.stats(actor.workspace(), queue);
    }

    @Override
    public QueueStats resume(Actor actor, QueueName queue) {
        actor.requireAdmin();
        store.setPaused(actor.workspace(), queue, false);
        return store.stats(actor.workspace(), queue);
    }

    @Override
    public long clean(Actor actor, QueueName queue, JobState state, Duration grace) {
        actor.requireAdmin();
        if (state != JobState.COMPLETED && state != JobState.FAILED) {
            throw new InvalidFieldException("state", "must be completed or failed");
        }
        if (grace.isNegative()) {
            throw new InvalidFieldException("grace", "must not be negative");
        }
        return store.clean(actor.workspace(), queue, state, clock.instant().minus(grace));
    }

    @Override
    public Page<Job> jobs(Actor actor, QueueName queue, JobState state, PageRequest page) {
        actor.requireAdmin();
        return store.list(actor.workspace(), queue, state, page);
    }

    @Override
    public Job retry(Actor actor, QueueName queue, UUID id) {
        actor.requireAdmin();
        Job job = store.find(actor.workspace(), queue, id).orElseThrow(() -> new NotFoundException("Job not found"));
        if (job.state() != JobState.FAILED) {
            throw new ConflictException("Only a failed job can be retried; this one is " + job.state().apiName(),
                    null);
        }
        return store.retry(actor.workspace(), queue, id);
    }
}
