package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.workflow.WorkflowExecutions;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public class PostgresWorkflowExecutions implements WorkflowExecutions {
    private static final String INSERT = "insert into workflow_executions (" + ExecutionRows.COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    private static final String UPDATE = """
            update workflow_executions set status = ?, cursor = ?, error = ?, started_at = ?, finished_at = ?
            where id = ? and workspace_id = ?""";

    private final PostgresTransactionRunner db;

    public PostgresWorkflowExecutions(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public boolean insert(WorkflowExecution e) {
        return db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Columns.bindId(insert, 1, e.id());
                insert.setString(2, e.workspaceId().value());
                Columns.bindId(insert, 3, e.workflowId());
                insert.setString(4, e.recordType());
                insert.setObject(5, e.recordId());
                insert.setObject(6, e.triggerEventId());
                insert.setInt(7, e.depth());
                insert.setString(8, e.status().apiName());
                insert.setString(9, e.cursor());
                insert.setString(10, e.error());
                Columns.bindInstant(insert, 11, e.createdAt());
                Columns.bindInstant(insert, 12, e.startedAt());
                Columns.bindInstant(insert, 13, e.finishedAt());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<WorkflowExecution> find(WorkspaceId workspace, Id<Workflow> workflow,
                                            Id<WorkflowExecution> id) {
        return one(" where workspace_id = ? and id = ? and workflow_id = ?", workspace.value(), id.value(),
                workflow.value());
    }

    @Override
    public Optional<WorkflowExecution> findForUpdate(WorkspaceId workspace, Id<WorkflowExecution> id) {
        return one(" where workspace_id = ? and id = ? for update", workspace.value(), id.value());
    }

    private Optional<WorkflowExecution> one(String condition, Object... parameters) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + ExecutionRows.COLUMNS + " from workflow_executions" + condition)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                return Rows.first(select, ExecutionRows::read);
            }
        });
    }

    @Override
    public void update(WorkflowExecution e) {
        db.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setString(1, e.status().apiName());
                update.setString(2, e.cursor());
                update.setString(3, e.error());
                Columns.bindInstant(update, 4, e.startedAt());
                Columns.bindInstant(update, 5, e.finishedAt());
                Columns.bindId(update, 6, e.id());
                update.setString(7, e.workspaceId().value());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Page<WorkflowExecution> list(WorkspaceId workspace, Id<Workflow> workflow, ExecutionStatus status,
                                        PageRequest page) {
        Where where = Where.workspace(workspace).equal("workflow_id", workflow.value())
                .equal("status", status == null ? null : status.apiName());
        return db.inSnapshot(connection -> Rows.counted(connection, ExecutionRows.COLUMNS, "workflow_executions",
                where, " order by created_at desc, id desc", page, ExecutionRows::read));
    }

    @Override
    public void appendStep(StepRun run) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into workflow_execution_steps ("
                    + ExecutionRows.STEP_COLUMNS.replace("output::text", "output")
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?::json, ?)")) {
                Columns.bindId(insert, 1, run.executionId());
                insert.setInt(2, run.index());
                insert.setString(3, run.path());
                insert.setString(4, run.type());
                insert.setString(5, run.status().apiName());
                Columns.bindInstant(insert, 6, run.startedAt());
                Columns.bindInstant(insert, 7, run.finishedAt());
                insert.setString(8, Json.write(run.output()));
                insert.setString(9, run.error());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<StepRun> steps(Id<WorkflowExecution> execution) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + ExecutionRows.STEP_COLUMNS
                    + " from workflow_execution_steps where execution_id = ? order by index")) {
                select.setObject(1, execution.value());
                return Rows.all(select, ExecutionRows::readStep);
            }
        });
    }

    @Override
    public boolean earlierUnfinished(WorkflowExecution e) {
        return db.withConnection(connection -> {
            // A transaction-scoped lock on the pair: two steps of it never run at once, on any instance.
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "workflow:" + e.workflowId() + ":" + e.recordId());
                lock.execute();
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select exists (select 1 from workflow_executions
                                   where workflow_id = ? and record_id = ? and id <> ?
                                     and status in ('queued', 'running', 'waiting')
                                     and (created_at, id) < (?, ?))""")) {
                Columns.bindId(select, 1, e.workflowId());
                select.setObject(2, e.recordId());
                Columns.bindId(select, 3, e.id());
                Columns.bindInstant(select, 4, e.createdAt());
                Columns.bindId(select, 5, e.id());
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getBoolean(1);
                }
            }
        });
    }

    @Override
    public Optional<WorkflowExecution> nextInLine(WorkflowExecution e) {
        return one(" where workflow_id = ? and record_id = ? and id <> ? and status in ('queued', 'running', 'waiting')"
                + " order by created_at, id limit 1", e.workflowId().value(), e.recordId(), e.id().value());
    }

    @Override
    public List<WorkflowExecution> stalled(Duration quietFor) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + ExecutionRows.COLUMNS + """
                     from workflow_executions e
                    where status in ('queued', 'running', 'waiting')
                      and coalesce(started_at, created_at) < now() - ? * interval '1 millisecond'
                      and not exists (select 1 from jobs j
                                      where j.queue = 'workflow' and j.state in ('waiting', 'active')
                                        and j.payload::jsonb ->> 'execution_id' = e.id::text)
                      and not exists (select 1 from workflow_executions o
                                      where o.workflow_id = e.workflow_id and o.record_id = e.record_id
                                        and o.status in ('queued', 'running', 'waiting')
                                        and (o.created_at, o.id) < (e.created_at, e.id))
                    limit 100""")) {
                select.setLong(1, quietFor.toMillis());
                return Rows.all(select, ExecutionRows::read);
            }
        });
    }

}
