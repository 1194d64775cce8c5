package com.axolop.crm.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The workers over a store whose behaviour the test controls. */
class QueueWorkersTest {
    @Test
    void aQueueKeepsClaimingAfterAFailedClaim() throws Exception {
        var claims = new AtomicInteger();
        var ran = new CopyOnWriteArrayList<UUID>();
        var pending = new CopyOnWriteArrayList<Job>();
        JobStore store = new JobStore() {
            @Override
            public List<Job> claim(QueueName queue, int limit, String worker, Duration lease) {
                if (claims.incrementAndGet() == 1) {
                    throw new IllegalStateException("connection reset");
                }
                List<Job> out = new ArrayList<>();
                while (!pending.isEmpty() && out.size() < limit) {
                    out.add(pending.removeFirst());
                }
                return out;
            }
            public void complete(Collection<UUID> ids, String worker) { }
            public void fail(UUID id, String worker, String error, Duration retryIn) { }
            public void heartbeat(Collection<UUID> ids, String worker, Duration lease) { }
            public int releaseExpired() { return 0; }
            public long deleteCompletedBefore(Instant cutoff) { return 0; }
            public void onNewJobs(Consumer<QueueName> listener) { }
        };
        var handlers = new JobHandlers().register(QueueName.EMAIL, "t", job -> ran.add(job.id()));
        var workers = new QueueWorkers(store, handlers, new QueueWorkers.Settings(Map.of(QueueName.EMAIL, 2),
                Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofHours(1), Backoff.DEFAULT),
                Clock.systemUTC()).start();
        try {
            Thread.sleep(300); // the first claim failed by now
            UUID id = UUID.randomUUID();
            pending.add(new Job(id, new WorkspaceId("ws"), QueueName.EMAIL, "t", Map.of(), 5, JobState.ACTIVE, 1, 3,
                    Instant.now(), Instant.now(), Instant.now(), null, null, null));
            Thread.sleep(1000);
            assertThat(claims.get()).as("claims after the failed one").isGreaterThan(1);
            assertThat(ran).containsExactly(id);
        } finally {
            workers.close();
        }
    }
}
