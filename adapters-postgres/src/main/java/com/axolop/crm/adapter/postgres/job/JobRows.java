package com.axolop.crm.adapter.postgres.job;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads a job selected with {@link #COLUMNS}. */
final class JobRows {
    /** The state as clients see it: a waiting job due later is delayed. */
    static final String COLUMNS = "id, workspace_id, queue, type, payload::text, priority,"
            + " case when state = 'waiting' and run_at > now() then 'delayed' else state end, attempts, max_attempts,"
            + " run_at, created_at, started_at, finished_at, last_error, dedupe_key";

    private JobRows() {
    }

    static Job read(ResultSet row) throws SQLException {
        return new Job(row.getObject(1, UUID.class), new WorkspaceId(row.getString(2)), queue(row.getString(3)),
                row.getString(4), Json.readObject(row.getString(5)), row.getInt(6),
                JobState.valueOf(row.getString(7).toUpperCase()), row.getInt(8), row.getInt(9),
                Columns.instant(row, 10), Columns.instant(row, 11), Columns.instant(row, 12),
                Columns.instant(row, 13), row.getString(14), row.getString(15));
    }

    static QueueName queue(String name) {
        return QueueName.fromApiName(name).orElseThrow(() -> new IllegalStateException("Unknown queue " + name));
    }
}
