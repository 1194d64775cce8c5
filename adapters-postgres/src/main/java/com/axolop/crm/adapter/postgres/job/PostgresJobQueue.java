package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.domain.shared.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Enqueues in the caller's transaction (or alone, outside one). A job due now also notifies the workers, which
 * PostgreSQL delivers at commit: a rolled-back write wakes nobody and leaves no job. "Now" is the wall clock, not the
 * transaction's start: a job due at the caller's now, enqueued late in a long transaction, is due. The insert and
 * the notification are one statement (one round trip a job: a fan-out enqueues thousands).
 */
public class PostgresJobQueue implements JobQueue {
    static final String CHANNEL = "crm_jobs";
    private static final String INSERT = """
            with inserted as (
                insert into jobs (id, workspace_id, queue, type, payload, priority, state, max_attempts, run_at,
                                  dedupe_key, created_at)
                values (?, ?, ?, ?, ?::json, ?, 'waiting', ?, coalesce(?, now()), ?, now())
                on conflict (workspace_id, queue, dedupe_key)
                    where dedupe_key is not null and state in ('waiting', 'active')
                do nothing
                returning id, run_at <= clock_timestamp() as due)
            select id from inserted
            left join lateral (select pg_notify(?, ?) where inserted.due) notified on true""";
    private static final String DEDUPED = """
            select id from jobs
            where workspace_id = ? and queue = ? and dedupe_key = ? and state in ('waiting', 'active')""";

    private final PostgresTransactionRunner db;

    public PostgresJobQueue(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public UUID enqueue(JobRequest request) {
        return db.withConnection(connection -> {
            // The job holding the key may end between the two statements: then the insert goes through.
            for (int attempt = 0; ; attempt++) {
                Optional<UUID> inserted = insert(connection, request);
                if (inserted.isPresent()) {
                    return inserted.get();
                }
                Optional<UUID> existing = deduped(connection, request);
                if (existing.isPresent() || attempt > 0) {
                    return existing.orElseThrow(() -> new IllegalStateException("Could not enqueue " + request));
                }
            }
        });
    }

    private static Optional<UUID> insert(Connection connection, JobRequest request) throws SQLException {
        UUID id = Uuids.v7();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, request.workspace().value());
            insert.setString(3, request.queue().apiName());
            insert.setString(4, request.type());
            insert.setString(5, Json.write(request.payload()));
            insert.setInt(6, request.priority());
            insert.setInt(7, request.maxAttempts());
            insert.setObject(8, request.runAt() == null ? null : request.runAt().atOffset(ZoneOffset.UTC));
            insert.setString(9, request.dedupeKey());
            insert.setString(10, CHANNEL);
            insert.setString(11, request.queue().apiName());
            try (ResultSet result = insert.executeQuery()) {
                return result.next() ? Optional.of(id) : Optional.empty();
            }
        }
    }

    /** Wakes the queue's workers on every instance, once the surrounding transaction commits. */
    static void notifyWorkers(Connection connection, QueueName queue) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, queue.apiName());
            notify.execute();
        }
    }

    private static Optional<UUID> deduped(Connection connection, JobRequest request) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(DEDUPED)) {
            select.setString(1, request.workspace().value());
            select.setString(2, request.queue().apiName());
            select.setString(3, request.dedupeKey());
            return Rows.first(select, row -> row.getObject(1, UUID.class));
        }
    }
}
