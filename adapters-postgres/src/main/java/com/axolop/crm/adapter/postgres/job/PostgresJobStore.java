package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobStore;
import com.axolop.crm.application.job.QueueName;
import io.helidon.metrics.api.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Jobs for workers. A claim is one statement: the due jobs, locked with SKIP LOCKED so concurrent claimers (other
 * loops, other instances) take different ones, become active under this worker's lease. Completion, failure and
 * heartbeat apply only while the caller still holds the lease, so a worker that lost its job cannot record it.
 */
public class PostgresJobStore implements JobStore, AutoCloseable {
    private static final String CLAIM = """
            with due as (
                select id as due_id from jobs j
                where queue = ? and state = 'waiting' and run_at <= now()
                  and not exists (select 1 from job_queue_pauses p
                                  where p.queue = j.queue and p.workspace_id = j.workspace_id)
                order by priority, run_at, id
                limit ?
                for update skip locked)
            update jobs set state = 'active', attempts = attempts + 1, locked_by = ?,
                            locked_until = now() + ? * interval '1 millisecond', started_at = now(), finished_at = null
            from due where jobs.id = due.due_id
            returning %s, extract(epoch from now() - run_at)""".formatted(JobRows.COLUMNS);
    private static final String COMPLETE = """
            update jobs set state = 'completed', finished_at = now(), locked_by = null, locked_until = null
            where id = any(?) and locked_by = ? and state = 'active'
            returning queue, extract(epoch from now() - started_at)""";
    private static final String FAIL = """
            update jobs set state = case when ? then 'waiting' else 'failed' end,
                            run_at = case when ? then now() + ? * interval '1 millisecond' else run_at end,
                            finished_at = now(), last_error = ?, locked_by = null, locked_until = null
            where id = ? and locked_by = ? and state = 'active'
            returning queue, extract(epoch from now() - started_at)""";
    private static final String HEARTBEAT = """
            update jobs set locked_until = now() + ? * interval '1 millisecond'
            where id = any(?) and locked_by = ? and state = 'active'""";
    private static final String RELEASE_EXPIRED = """
            update jobs set state = case when interruptions >= 2 then 'failed' else 'waiting' end,
                            attempts = attempts - 1, interruptions = interruptions + 1,
                            finished_at = case when interruptions >= 2 then now() end,
                            last_error = 'The worker running it stopped before it finished (its lease ran out)',
                            locked_by = null, locked_until = null
            where state = 'active' and locked_until < now()""";

    private final PostgresTransactionRunner db;
    private final QueueMetrics metrics;
    private final JobNotifications notifications;

    public PostgresJobStore(PostgresTransactionRunner db, DataSource dataSource, MeterRegistry meters) {
        this.db = Objects.requireNonNull(db);
        this.metrics = new QueueMetrics(meters, db);
        this.notifications = new JobNotifications(dataSource, PostgresJobQueue.CHANNEL);
    }

    @Override
    public List<Job> claim(QueueName queue, int limit, String worker, Duration lease) {
        List<Job> jobs = new ArrayList<>();
        db.withConnection(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, queue.apiName());
                claim.setInt(2, limit);
                claim.setString(3, worker);
                claim.setLong(4, lease.toMillis());
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(JobRows.read(rows));
                        metrics.waited(queue, rows.getDouble(16));
                    }
                }
            }
            return null;
        });
        jobs.sort(Comparator.comparingInt(Job::priority).thenComparing(Job::runAt).thenComparing(Job::id));
        return jobs;
    }

    @Override
    public void complete(Collection<UUID> ids, String worker) {
        db.withConnection(connection -> {
            try (PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
                complete.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                complete.setString(2, worker);
                recordRuns(complete, "completed");
            }
            return null;
        });
    }

    @Override
    public void fail(UUID id, String worker, String error, Duration retryIn) {
        db.withConnection(connection -> {
            try (PreparedStatement fail = connection.prepareStatement(FAIL)) {
                fail.setBoolean(1, retryIn != null);
                fail.setBoolean(2, retryIn != null);
                fail.setLong(3, retryIn == null ? 0 : retryIn.toMillis());
                fail.setString(4, error);
                fail.setObject(5, id);
                fail.setString(6, worker);
                recordRuns(fail, retryIn == null ? "failed" : "retried");
            }
            return null;
        });
    }

    private void recordRuns(PreparedStatement statement, String result) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                metrics.ran(JobRows.queue(rows.getString(1)), result, rows.getDouble(2));
            }
        }
    }

    @Override
    public void heartbeat(Collection<UUID> ids, String worker, Duration lease) {
        db.withConnection(connection -> {
            try (PreparedStatement heartbeat = connection.prepareStatement(HEARTBEAT)) {
                heartbeat.setLong(1, lease.toMillis());
                heartbeat.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                heartbeat.setString(3, worker);
                return heartbeat.executeUpdate();
            }
        });
    }

    @Override
    public int releaseExpired() {
        return db.withConnection(connection -> {
            try (PreparedStatement release = connection.prepareStatement(RELEASE_EXPIRED)) {
                return release.executeUpdate();
            }
        });
    }

    @Override
    public long deleteCompletedBefore(Instant cutoff) {
        return db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from jobs where state = 'completed' and finished_at < ?")) {
                delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
                return (long) delete.executeUpdate();
            }
        });
    }

    @Override
    public void onNewJobs(Consumer<QueueName> listener) {
        notifications.listen(name -> QueueName.fromApiName(name).ifPresent(listener));
    }

    @Override
    public void close() {
        notifications.close();
    }
}
