package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueWorkers;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Metrics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * bench/jobs: no-op job throughput on a backlog of JOBS jobs (batched claim and completion, CONCURRENCY slots),
 * then enqueue-to-start latency at RATE jobs/s for SECONDS (each enqueue its own commit, workers woken by NOTIFY).
 */
public final class JobsBench {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("bench");

    private JobsBench() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 16)) {
            database.migrate();
            var db = new PostgresTransactionRunner(database.dataSource());
            throughput(database, db, jobs, concurrency);
            latency(database, db, rate, seconds);
        }
        System.exit(0);
    }

    private static void throughput(PostgresDatabase database, PostgresTransactionRunner db, int jobs, int concurrency)
            throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement insert = connection.createStatement()) {
            insert.executeUpdate("insert into jobs (id, workspace_id, queue, type, payload, priority, state,"
                    + " max_attempts, run_at, created_at) select gen_random_uuid(), 'bench', 'analytics', 'noop',"
                    + " '{}', 5, 'waiting', 3, now(), now() from generate_series(1, " + jobs + ")");
        }
        Instant start = Instant.now();
        try (var store = new PostgresJobStore(db, database.dataSource(), Metrics.globalRegistry());
             var workers = workers(store, QueueName.ANALYTICS, concurrency, new JobHandlers()
                     .register(QueueName.ANALYTICS, "noop", job -> { }))) {
            while (completed(database) < jobs) {
                Thread.sleep(50);
            }
        }
        double took = Duration.between(start, Instant.now()).toNanos() / 1e9;
        System.out.printf("throughput: %d no-op jobs in %.2f s = %.0f jobs/s (%d slots)%n", jobs, took, jobs / took,
                concurrency);
    }

    private static void latency(PostgresDatabase database, PostgresTransactionRunner db, int rate, int seconds)
            throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        var handlers = new JobHandlers().register(QueueName.EMAIL, "noop", job ->
                micros.add(Duration.between(job.createdAt(), Instant.now()).toNanos() / 1000));
        var queue = new PostgresJobQueue(db);
        try (var store = new PostgresJobStore(db, database.dataSource(), Metrics.globalRegistry());
             var workers = workers(store, QueueName.EMAIL, 10, handlers);
             var timer = Executors.newSingleThreadScheduledExecutor()) {
            int total = rate * seconds;
            var sent = new java.util.concurrent.atomic.AtomicInteger();
            timer.scheduleAtFixedRate(() -> {
                if (sent.getAndIncrement() < total) {
                    queue.enqueue(JobRequest.of(WORKSPACE, QueueName.EMAIL, "noop", Map.of()));
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            while (micros.size() < total) {
                Thread.sleep(50);
            }
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("enqueue-to-start at %d jobs/s for %d s: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", rate,
                seconds, sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 99 / 100) / 1000.0,
                sorted.getLast() / 1000.0);
    }

    private static QueueWorkers workers(PostgresJobStore store, QueueName queue, int concurrency,
                                        JobHandlers handlers) {
        return new QueueWorkers(store, handlers, new QueueWorkers.Settings(Map.of(queue, concurrency),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), Backoff.DEFAULT),
                Clock.systemUTC()).start();
    }

    private static long completed(PostgresDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement count = connection.createStatement();
             ResultSet result = count.executeQuery("select count(*) from jobs where state = 'completed'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
