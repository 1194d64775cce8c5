package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueWorkers;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * This instance's job workers and the store whose notifications wake them, stopped together. Workflow jobs run
 * MAX_CONCURRENT_EXECUTIONS at once, webhook deliveries WEBHOOK_CONCURRENCY (mostly waiting on receivers); the
 * other queues have fixed slots sized for their work: many small emails, few heavy jobs (export, analytics), imports
 * one at a time.
 */
final class JobWorkers implements AutoCloseable {
    private final PostgresJobStore store;
    private final QueueWorkers workers;

    private JobWorkers(PostgresJobStore store, QueueWorkers workers) {
        this.store = store;
        this.workers = workers;
    }

    static JobWorkers start(PostgresJobStore store, JobHandlers handlers, AppConfig.Jobs config, int webhookConcurrency,
                            Clock clock) {
        Map<QueueName, Integer> concurrency = new EnumMap<>(Map.of(QueueName.EMAIL, 5, QueueName.IMPORT, 1,
                QueueName.EXPORT, 2, QueueName.ANALYTICS, 2));
        concurrency.put(QueueName.WORKFLOW, config.workflowConcurrency());
        concurrency.put(QueueName.WEBHOOK, webhookConcurrency);
        var settings = new QueueWorkers.Settings(concurrency, config.poll(), config.lease(), config.retention(),
                Backoff.DEFAULT);
        return new JobWorkers(store, new QueueWorkers(store, handlers, settings, clock).start());
    }

    @Override
    public void close() {
        workers.close();
        store.close();
    }
}
