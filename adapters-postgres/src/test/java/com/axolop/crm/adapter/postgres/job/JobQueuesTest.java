package com.axolop.crm.adapter.postgres.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueStats;
import com.axolop.crm.application.job.QueueWorkers;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Metrics;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job queues on a real PostgreSQL: workers of this instance (and of a second one) over the real store. */
class JobQueuesTest {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), () -> 1.0);

    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresJobQueue queue = new PostgresJobQueue(db);
    private final PostgresQueueAdministration admin = new PostgresQueueAdministration(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void emptyQueues() {
        db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from jobs")) {
                return delete.executeUpdate();
            }
        });
    }

    @AfterEach
    void stopWorkers() throws Exception {
        for (AutoCloseable closeable : started.reversed()) {
            closeable.close();
        }
    }

    private QueueWorkers workers(JobHandlers handlers, int concurrency, Duration poll, Duration lease) {
        var store = new PostgresJobStore(db, TestDatabase.get().dataSource(), Metrics.globalRegistry());
        var workers = new QueueWorkers(store, handlers, new QueueWorkers.Settings(
                Map.of(QueueName.EMAIL, concurrency, QueueName.IMPORT, concurrency), poll, lease,
                Duration.ofHours(1), QUICK), Clock.systemUTC());
        started.add(store);
        started.add(workers);
        return workers;
    }

    private QueueWorkers workers(String type, JobHandler handler) {
        return workers(new JobHandlers().register(QueueName.EMAIL, type, handler), 1, POLL, Duration.ofSeconds(30));
    }

    private JobRequest email(String name) {
        return JobRequest.of(workspace, QueueName.EMAIL, "send", Map.of("name", name));
    }

    private QueueStats stats() {
        return admin.stats(workspace, QueueName.EMAIL);
    }

    private Job only(JobState state) {
        return admin.list(workspace, QueueName.EMAIL, state, new PageRequest(1, 10)).items().getFirst();
    }

    private static void within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + limit);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void runsTheHighestPriorityFirstThenTheOldest() {
        queue.enqueue(email("late-normal"));
        queue.enqueue(email("urgent").withPriority(1));
        queue.enqueue(email("later-normal"));
        queue.enqueue(email("low").withPriority(9));

        workers("send", job -> ran.add((String) job.payload().get("name"))).start();

        within(Duration.ofSeconds(10), () -> ran.size() == 4);
        assertThat(ran).containsExactly("urgent", "late-normal", "later-normal", "low");
        within(Duration.ofSeconds(5), () -> stats().completed() == 4);
    }

    @Test
    void aDelayedJobWaitsUntilItIsDue() {
        Instant due = Instant.now().plusMillis(800);
        queue.enqueue(email("later").runAt(due));
        var startedAt = new CopyOnWriteArrayList<Instant>();

        workers("send", job -> startedAt.add(Instant.now())).start();

        assertThat(stats().delayed()).isEqualTo(1);
        within(Duration.ofSeconds(10), () -> !startedAt.isEmpty());
        assertThat(startedAt.getFirst()).isAfterOrEqualTo(due);
    }

    @Test
    void aFailingJobIsRetriedWithBackoffThenFailsWithItsErrorKept() {
        var attempts = new AtomicInteger();
        queue.enqueue(email("broken"));

        workers("send", job -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("SMTP said no");
        }).start();

        within(Duration.ofSeconds(10), () -> stats().failed() == 1);
        Job failed = only(JobState.FAILED);
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isEqualTo("IllegalStateException: SMTP said no");
    }

    @Test
    void anImportRunsOnceByDefault() {
        var attempts = new AtomicInteger();
        queue.enqueue(JobRequest.of(workspace, QueueName.IMPORT, "csv", Map.of()));

        workers(new JobHandlers().register(QueueName.IMPORT, "csv", job -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bad file");
        }), 1, POLL, Duration.ofSeconds(30)).start();

        within(Duration.ofSeconds(10), () -> admin.stats(workspace, QueueName.IMPORT).failed() == 1);
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void aJobOfAnUnknownTypeFailsAtOnce() {
        queue.enqueue(JobRequest.of(workspace, QueueName.EMAIL, "mystery", Map.of()));

        workers("send", job -> { }).start();

        within(Duration.ofSeconds(10), () -> stats().failed() == 1);
        assertThat(only(JobState.FAILED).lastError()).isEqualTo("No handler for jobs of type mystery");
    }

    @Test
    void aDedupeKeyIsEnqueuedOnceWhileItsJobWaits() {
        UUID first = queue.enqueue(email("a").dedupedBy("welcome:jane"));
        UUID second = queue.enqueue(email("b").dedupedBy("welcome:jane"));
        UUID other = queue.enqueue(email("c").dedupedBy("welcome:john"));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(stats().waiting()).isEqualTo(2);
    }

    @Test
    void anotherWorkspaceMayUseTheSameDedupeKey() {
        UUID ours = queue.enqueue(email("a").dedupedBy("digest"));
        UUID theirs = queue.enqueue(JobRequest.of(new WorkspaceId("other-" + UUID.randomUUID()), QueueName.EMAIL,
                "send", Map.of()).dedupedBy("digest"));

        assertThat(theirs).isNotEqualTo(ours);
    }

    @Test
    void aDedupeKeyCanBeEnqueuedAgainOnceItsJobCompleted() {
        UUID first = queue.enqueue(email("a").dedupedBy("digest"));
        workers("send", job -> ran.add("ran")).start();
        within(Duration.ofSeconds(10), () -> stats().completed() == 1);

        UUID again = queue.enqueue(email("a").dedupedBy("digest"));

        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void aJobEnqueuedInARolledBackTransactionDoesNotExist() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            queue.enqueue(email("never"));
            throw new IllegalStateException("the write that caused it failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stats().waiting()).isZero();
    }

    @Test
    void aNewJobWakesTheWorkersLongBeforeTheirPollInterval() {
        var startedAt = new CopyOnWriteArrayList<Instant>();
        workers(new JobHandlers().register(QueueName.EMAIL, "send", job -> startedAt.add(Instant.now())), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(30)).start();
        sleep(Duration.ofMillis(300)); // the workers are idle, listening

        Instant enqueued = Instant.now();
        queue.enqueue(email("now"));

        within(Duration.ofSeconds(5), () -> !startedAt.isEmpty());
        assertThat(Duration.between(enqueued, startedAt.getFirst())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aJobDueAtTheCallersNowWakesTheWorkersInsideALongTransaction() {
        var startedAt = new CopyOnWriteArrayList<Instant>();
        workers(new JobHandlers().register(QueueName.EMAIL, "send", job -> startedAt.add(Instant.now())), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(30)).start();
        sleep(Duration.ofMillis(300)); // the workers are idle, listening

        Instant enqueued = db.inTransaction(() -> {
            db.withConnection(connection -> { // the transaction begins here
                try (var statement = connection.createStatement()) {
                    return statement.execute("select 1");
                }
            });
            sleep(Duration.ofMillis(200)); // the transaction's now() falls behind the caller's clock
            queue.enqueue(email("now").runAt(Instant.now()));
            return Instant.now();
        });

        within(Duration.ofSeconds(5), () -> !startedAt.isEmpty());
        assertThat(Duration.between(enqueued, startedAt.getFirst())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aPausedQueueRunsNoneOfTheWorkspacesJobsUntilResumed() {
        admin.setPaused(workspace, QueueName.EMAIL, true);
        queue.enqueue(email("held"));
        workers("send", job -> ran.add("ran")).start();

        sleep(Duration.ofMillis(600));
        assertThat(ran).isEmpty();
        assertThat(stats().paused()).isTrue();

        admin.setPaused(workspace, QueueName.EMAIL, false);

        within(Duration.ofSeconds(10), () -> ran.size() == 1);
    }

    @Test
    void cleanDeletesOnlyTheFinishedJobsOfTheStateAskedFor() {
        queue.enqueue(email("ok"));
        queue.enqueue(JobRequest.of(workspace, QueueName.EMAIL, "mystery", Map.of()));
        workers("send", job -> { }).start();
        within(Duration.ofSeconds(10), () -> stats().completed() == 1 && stats().failed() == 1);

        long removed = admin.clean(workspace, QueueName.EMAIL, JobState.COMPLETED, Instant.now().plusSeconds(1));

        assertThat(removed).isEqualTo(1);
        assertThat(stats().completed()).isZero();
        assertThat(stats().failed()).isEqualTo(1);
    }

    @Test
    void aRetriedFailedJobRunsAgain() {
        var attempts = new AtomicInteger();
        queue.enqueue(email("flaky"));
        workers("send", job -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("down");
            }
        }).start();
        within(Duration.ofSeconds(10), () -> stats().failed() == 1);

        admin.retry(workspace, QueueName.EMAIL, only(JobState.FAILED).id());

        within(Duration.ofSeconds(10), () -> stats().completed() == 1);
        assertThat(attempts.get()).isEqualTo(4);
    }

    @Test
    void aJobWhoseWorkerDiedRunsAgainOnceItsLeaseRunsOut() {
        UUID id = queue.enqueue(email("orphan"));
        var dead = new PostgresJobStore(db, TestDatabase.get().dataSource(), Metrics.globalRegistry());
        started.add(dead);
        assertThat(dead.claim(QueueName.EMAIL, 10, "worker-that-dies", Duration.ofMillis(300)))
                .extracting(Job::id).containsExactly(id);

        workers(new JobHandlers().register(QueueName.EMAIL, "send", job -> ran.add(job.id().toString())), 1, POLL,
                Duration.ofMillis(600)).start();

        within(Duration.ofSeconds(10), () -> ran.contains(id.toString()));
        within(Duration.ofSeconds(5), () -> stats().completed() == 1);
        assertThat(admin.find(workspace, QueueName.EMAIL, id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void twoInstancesNeverRunOneJobAtOnceAndRunEachOnce() {
        int jobs = 300;
        for (int i = 0; i < jobs; i++) {
            queue.enqueue(email("job-" + i));
        }
        Set<UUID> runningNow = ConcurrentHashMap.newKeySet();
        List<UUID> overlaps = Collections.synchronizedList(new ArrayList<>());
        List<UUID> runs = Collections.synchronizedList(new ArrayList<>());
        JobHandler handler = job -> {
            if (!runningNow.add(job.id())) {
                overlaps.add(job.id());
            }
            runs.add(job.id());
            Thread.sleep(2);
            runningNow.remove(job.id());
        };

        workers(new JobHandlers().register(QueueName.EMAIL, "send", handler), 8, POLL, Duration.ofSeconds(30)).start();
        workers(new JobHandlers().register(QueueName.EMAIL, "send", handler), 8, POLL, Duration.ofSeconds(30)).start();

        within(Duration.ofSeconds(30), () -> stats().completed() == jobs);
        assertThat(overlaps).isEmpty();
        assertThat(runs).hasSize(jobs).doesNotHaveDuplicates();
    }

    @Test
    void aWorkerThatLostItsLeaseCannotRecordTheJob() {
        UUID id = queue.enqueue(email("taken-over"));
        var store = new PostgresJobStore(db, TestDatabase.get().dataSource(), Metrics.globalRegistry());
        started.add(store);
        store.claim(QueueName.EMAIL, 1, "slow-worker", Duration.ofMillis(1));
        sleep(Duration.ofMillis(50));
        store.releaseExpired();
        store.claim(QueueName.EMAIL, 1, "new-worker", Duration.ofSeconds(30));

        store.complete(List.of(id), "slow-worker");

        assertThat(stats().active()).isEqualTo(1);
        store.complete(List.of(id), "new-worker");
        assertThat(stats().completed()).isEqualTo(1);
    }
}
