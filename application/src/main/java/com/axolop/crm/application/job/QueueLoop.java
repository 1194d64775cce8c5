package com.axolop.crm.application.job;

import com.axolop.crm.application.background.Worker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One queue's loop: claims as many due jobs as it has free slots, in one statement, and records the completed ones
 * in one statement per round. It sleeps while nothing is due, until a job is enqueued (any instance), one of its
 * jobs ends, or the poll interval passes.
 */
final class QueueLoop {
    private static final System.Logger LOG = System.getLogger(QueueLoop.class.getName());

    private final QueueName queue;
    private final QueueWorkers workers;
    private final Semaphore slots;
    private final Semaphore news = new Semaphore(0);
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    // Completed but not yet recorded: still heartbeated, so their leases hold until they are.
    private final Set<UUID> done = ConcurrentHashMap.newKeySet();
    private final Worker worker;

    QueueLoop(QueueName queue, int concurrency, QueueWorkers workers) {
        this.queue = queue;
        this.workers = workers;
        this.slots = new Semaphore(concurrency);
        this.worker = new Worker("jobs-" + queue.apiName(), this::run, thread -> wake());
    }

    void start() {
        worker.start();
    }

    void wake() {
        news.release();
    }

    Set<UUID> running() {
        return Set.copyOf(running);
    }

    void completed(UUID id) {
        done.add(id);
    }

    private void run(Worker self) {
        QueueWorkers.Settings settings = workers.settings();
        while (self.running()) {
            try {
                recordCompleted();
                int free = slots.drainPermits();
                List<Job> jobs = List.of();
                try {
                    jobs = free == 0 ? List.of()
                            : workers.store().claim(queue, free, workers.workerId(), settings.lease());
                } finally {
                    slots.release(free - jobs.size());
                }
                jobs.forEach(this::launch);
                if (jobs.size() < free || free == 0) {
                    awaitNews(settings.poll());
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Job queue " + queue.apiName() + " paused: " + e);
                self.pause(settings.poll());
            }
        }
    }

    private void launch(Job job) {
        running.add(job.id());
        Thread.ofVirtual().name("job-" + queue.apiName() + "-" + job.id()).start(() -> {
            try {
                workers.execute(job, this);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Job " + job.id() + " could not be recorded: " + e);
            } finally {
                if (!done.contains(job.id())) {
                    running.remove(job.id());
                }
                slots.release();
                wake();
            }
        });
    }

    /** One statement for every job completed since the last round; kept for the next one if it fails. */
    private void recordCompleted() {
        List<UUID> ids = new ArrayList<>(done);
        if (!ids.isEmpty()) {
            workers.store().complete(ids, workers.workerId());
            ids.forEach(done::remove);
            ids.forEach(running::remove);
        }
    }

    private void awaitNews(Duration timeout) {
        try {
            if (news.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                news.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        worker.close();
    }

    /** After close: waits up to {@code timeout} for the running jobs, then records those that completed. */
    void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.size() > done.size() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            recordCompleted();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Completed jobs of " + queue.apiName() + " not recorded: " + e);
        }
    }
}
