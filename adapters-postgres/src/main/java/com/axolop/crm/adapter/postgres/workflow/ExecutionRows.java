package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** Reads executions and their step log, selected with {@link #COLUMNS} and {@link #STEP_COLUMNS}. */
final class ExecutionRows {
    static final String COLUMNS = "id, workspace_id, workflow_id, record_type, record_id, trigger_event_id,"
            + " depth, status, cursor, error, created_at, started_at, finished_at";
    static final String STEP_COLUMNS = "execution_id, index, path, type, status, started_at, finished_at,"
            + " output::text, error";

    private ExecutionRows() {
    }

    static WorkflowExecution read(ResultSet row) throws SQLException {
        return new WorkflowExecution(Columns.id(row, 1), new WorkspaceId(row.getString(2)), Columns.id(row, 3),
                row.getString(4), row.getObject(5, UUID.class), row.getObject(6, UUID.class), row.getInt(7),
                ExecutionStatus.valueOf(row.getString(8).toUpperCase(Locale.ROOT)), row.getString(9),
                row.getString(10), Columns.instant(row, 11), Columns.instant(row, 12), Columns.instant(row, 13));
    }

    static StepRun readStep(ResultSet row) throws SQLException {
        return new StepRun(Columns.id(row, 1), row.getInt(2), row.getString(3), row.getString(4),
                StepRun.Status.valueOf(row.getString(5).toUpperCase(Locale.ROOT)), Columns.instant(row, 6),
                Columns.instant(row, 7), Json.readObject(row.getString(8)), row.getString(9));
    }
}
