package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueAdministration;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueStats;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Queue management over one workspace's jobs. */
public class PostgresQueueAdministration implements QueueAdministration {
    private static final String STATS = """
            select count(*) filter (where state = 'waiting' and run_at <= now()),
                   count(*) filter (where state = 'active'),
                   count(*) filter (where state = 'completed'),
                   count(*) filter (where state = 'failed'),
                   count(*) filter (where state = 'waiting' and run_at > now()),
                   exists (select 1 from job_queue_pauses where workspace_id = ? and queue = ?)
            from jobs where workspace_id = ? and queue = ?""";
    private static final String RETRY = """
            update jobs set state = 'waiting', attempts = 0, interruptions = 0, run_at = now(), finished_at = null
            where workspace_id = ? and queue = ? and id = ? and state = 'failed'
            returning %s""".formatted(JobRows.COLUMNS);

    private final PostgresTransactionRunner db;

    public PostgresQueueAdministration(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public QueueStats stats(WorkspaceId workspace, QueueName queue) {
        return db.inSnapshot(connection -> {
            try (PreparedStatement select = connection.prepareStatement(STATS)) {
                bind(select, 1, workspace, queue);
                bind(select, 3, workspace, queue);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new QueueStats(queue, row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getBoolean(6));
                }
            }
        });
    }

    @Override
    public void setPaused(WorkspaceId workspace, QueueName queue, boolean paused) {
        String sql = paused
                ? "insert into job_queue_pauses (workspace_id, queue) values (?, ?) on conflict do nothing"
                : "delete from job_queue_pauses where workspace_id = ? and queue = ?";
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, 1, workspace, queue);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long clean(WorkspaceId workspace, QueueName queue, JobState state, Instant before) {
        return db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from jobs where workspace_id = ? and queue = ? and state = ? and finished_at < ?")) {
                bind(delete, 1, workspace, queue);
                delete.setString(3, state.apiName());
                delete.setObject(4, before.atOffset(ZoneOffset.UTC));
                return (long) delete.executeUpdate();
            }
        });
    }

    @Override
    public Page<Job> list(WorkspaceId workspace, QueueName queue, JobState state, PageRequest page) {
        String where = " from jobs where workspace_id = ? and queue = ?" + condition(state);
        return db.inSnapshot(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*)" + where)) {
                bind(count, 1, workspace, queue);
                total = Rows.number(count);
            }
            try (PreparedStatement select = connection.prepareStatement("select " + JobRows.COLUMNS + where
                    + " order by created_at desc, id desc limit ? offset ?")) {
                bind(select, 1, workspace, queue);
                select.setInt(3, page.limit());
                select.setLong(4, page.offset());
                return new Page<>(Rows.all(select, JobRows::read), page, total);
            }
        });
    }

    // The states are a closed set: the condition is code, never client text.
    private static String condition(JobState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case WAITING -> " and state = 'waiting' and run_at <= now()";
            case DELAYED -> " and state = 'waiting' and run_at > now()";
            case ACTIVE -> " and state = 'active'";
            case COMPLETED -> " and state = 'completed'";
            case FAILED -> " and state = 'failed'";
        };
    }

    @Override
    public Optional<Job> find(WorkspaceId workspace, QueueName queue, UUID id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + JobRows.COLUMNS
                    + " from jobs where workspace_id = ? and queue = ? and id = ?")) {
                bind(select, 1, workspace, queue);
                select.setObject(3, id);
                return Rows.first(select, JobRows::read);
            }
        });
    }

    @Override
    public Job retry(WorkspaceId workspace, QueueName queue, UUID id) {
        return db.withConnection(connection -> {
            try (PreparedStatement retry = connection.prepareStatement(RETRY)) {
                bind(retry, 1, workspace, queue);
                retry.setObject(3, id);
                // Its state may have changed since the caller looked: then it is no longer retryable.
                Job job = Rows.first(retry, JobRows::read).orElseThrow(() -> new ConflictException(
                        "Only a failed job can be retried; job " + id + " no longer is", null));
                PostgresJobQueue.notifyWorkers(connection, queue);
                return job;
            }
        });
    }

    private static void bind(PreparedStatement statement, int first, WorkspaceId workspace, QueueName queue)
            throws SQLException {
        statement.setString(first, workspace.value());
        statement.setString(first + 1, queue.apiName());
    }
}
