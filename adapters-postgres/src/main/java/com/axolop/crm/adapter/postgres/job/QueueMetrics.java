package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueName;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * crm_queue_jobs{queue,state} (all workspaces, counted at most every few seconds however often it is scraped),
 * crm_queue_job_seconds{queue,result} (a run, start to end) and crm_queue_wait_seconds{queue} (due to start).
 */
final class QueueMetrics {
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final String COUNTS = """
            select queue, case when state = 'waiting' and run_at > now() then 'delayed' else state end, count(*)
            from jobs group by 1, 2""";

    private final MeterRegistry meters;
    private final PostgresTransactionRunner db;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private volatile Map<String, Long> counts = Map.of();
    private volatile long countedAt;

    QueueMetrics(MeterRegistry meters, PostgresTransactionRunner db) {
        this.meters = meters;
        this.db = db;
        for (QueueName queue : QueueName.values()) {
            for (JobState state : JobState.values()) {
                String key = queue.apiName() + "/" + state.apiName();
                meters.getOrCreate(Gauge.builder("crm_queue_jobs", () -> count(key))
                        .description("Jobs by queue and state, all workspaces")
                        .tags(List.of(Tag.create("queue", queue.apiName()), Tag.create("state", state.apiName()))));
            }
        }
    }

    void waited(QueueName queue, double seconds) {
        timers.computeIfAbsent("wait/" + queue.apiName(), key -> meters.getOrCreate(Timer.builder("crm_queue_wait")
                        .description("From when a job was due to when a worker started it")
                        .tags(List.of(Tag.create("queue", queue.apiName())))))
                .record(duration(seconds));
    }

    void ran(QueueName queue, String result, double seconds) {
        timers.computeIfAbsent(queue.apiName() + "/" + result, key -> meters.getOrCreate(Timer.builder("crm_queue_job")
                        .description("A job's run, by result: completed, retried or failed")
                        .tags(List.of(Tag.create("queue", queue.apiName()), Tag.create("result", result)))))
                .record(duration(seconds));
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos((long) (Math.max(seconds, 0) * 1e9));
    }

    private long count(String key) {
        if (System.nanoTime() - countedAt > FRESH.toNanos()) {
            refresh();
        }
        return counts.getOrDefault(key, 0L);
    }

    private synchronized void refresh() {
        if (System.nanoTime() - countedAt <= FRESH.toNanos()) {
            return;
        }
        try {
            counts = db.withConnection(connection -> {
                Map<String, Long> fresh = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(COUNTS);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        fresh.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                    }
                }
                return fresh;
            });
        } catch (RuntimeException e) {
            counts = Map.of();
        }
        countedAt = System.nanoTime();
    }
}
