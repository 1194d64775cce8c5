package com.axolop.crm.application.job;

import com.axolop.crm.application.background.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The workers of this instance: per queue a loop that claims as many due jobs as it has free slots and runs each
 * on a virtual thread; a housekeeping loop extends the leases of running jobs, releases jobs whose worker died and
 * deletes old completed ones. Other instances share the queues: the store's leases keep a job on one worker.
 */
public final class QueueWorkers implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(QueueWorkers.class.getName());
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(10);

    /**
     * {@code concurrency}: jobs run at once per queue (a queue left out has no worker here); {@code poll}: how
     * long an idle queue waits for news before it looks again (delayed jobs are found this way); {@code lease}:
     * how long a claimed job stays this worker's without a heartbeat; {@code retention}: how long completed jobs
     * are kept.
     */
    public record Settings(Map<QueueName, Integer> concurrency, Duration poll, Duration lease, Duration retention,
                           Backoff backoff) {
        public Settings {
            concurrency = Map.copyOf(concurrency);
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(backoff, "backoff");
        }
    }

    private final JobStore store;
    private final JobHandlers handlers;
    private final Settings settings;
    private final Clock clock;
    private final String workerId;
    private final Map<QueueName, QueueLoop> loops = new EnumMap<>(QueueName.class);
    private final Worker housekeeping;

    public QueueWorkers(JobStore store, JobHandlers handlers, Settings settings, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.handlers = Objects.requireNonNull(handlers);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.workerId = "worker-" + UUID.randomUUID();
        settings.concurrency().forEach((queue, slots) -> {
            if (slots > 0) {
                loops.put(queue, new QueueLoop(queue, slots, this));
            }
        });
        this.housekeeping = new Worker("jobs-housekeeping", this::keepHouse, Thread::interrupt);
    }

    public QueueWorkers start() {
        store.onNewJobs(queue -> Optional.ofNullable(loops.get(queue)).ifPresent(QueueLoop::wake));
        loops.values().forEach(QueueLoop::start);
        housekeeping.start();
        return this;
    }

    /** The name this instance's workers lease jobs under. */
    public String workerId() {
        return workerId;
    }

    private void keepHouse(Worker self) {
        Duration every = settings.lease().dividedBy(3);
        Instant nextClean = clock.instant();
        while (self.running()) {
            try {
                List<UUID> running = new ArrayList<>();
                loops.values().forEach(loop -> running.addAll(loop.running()));
                if (!running.isEmpty()) {
                    store.heartbeat(running, workerId, settings.lease());
                }
                store.releaseExpired();
                if (!clock.instant().isBefore(nextClean)) {
                    store.deleteCompletedBefore(clock.instant().minus(settings.retention()));
                    nextClean = clock.instant().plus(CLEAN_EVERY);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Job housekeeping failed: " + e);
            }
            self.pause(every);
        }
    }

    /** Runs one claimed job; what becomes of it is the store's to record. */
    void execute(Job job, QueueLoop loop) {
        Optional<JobHandler> handler = handlers.find(job.queue(), job.type());
        if (handler.isEmpty()) {
            store.fail(job.id(), workerId, "No handler for jobs of type " + job.type(), null);
            return;
        }
        try {
            handler.get().handle(job);
            loop.completed(job.id());
        } catch (Exception | LinkageError | AssertionError e) {
            store.fail(job.id(), workerId, describe(e), job.canRetry() ? settings.backoff().after(job.attempts()) : null);
        }
    }

    private static String describe(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    JobStore store() {
        return store;
    }

    Settings settings() {
        return settings;
    }

    /**
     * Stops claiming, waits a little for running jobs to finish and records them; a job still running after that
     * keeps its lease, and runs again elsewhere once the lease runs out.
     */
    @Override
    public void close() {
        housekeeping.close();
        loops.values().forEach(QueueLoop::close);
        loops.values().forEach(loop -> loop.drain(DRAIN_WAIT));
    }
}
