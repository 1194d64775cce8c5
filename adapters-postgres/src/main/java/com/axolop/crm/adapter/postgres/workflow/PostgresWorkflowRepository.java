package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.secret.SecretCipher;
import com.axolop.crm.application.workflow.WorkflowFilter;
import com.axolop.crm.application.workflow.WorkflowRepository;
import com.axolop.crm.application.workflow.WorkflowSortField;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Workflows; the trigger and steps are stored as JSON ({@link WorkflowColumns}), the trigger's type and event
 * also as columns, so lists filter by the event and the engine finds what an event starts from an index. The
 * webhook steps' secrets go through the cipher into a column of their own, so rows hold ciphertext.
 */
public class PostgresWorkflowRepository extends PostgresRecordRepository<Workflow, WorkflowFilter, WorkflowSortField>
        implements WorkflowRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "description",
            "active", "trigger_type", "trigger_event", "trigger::json", "steps::json", "webhook_secrets"), Columns.REVISION.stream())
            .toList();

    private final SecretCipher cipher;

    public PostgresWorkflowRepository(PostgresTransactionRunner db, SecretCipher cipher) {
        super(db, "workflows", COLUMNS);
        this.cipher = Objects.requireNonNull(cipher);
    }

    @Override
    public List<Workflow> activeFor(WorkspaceId workspace, String eventType) {
        return findMany(" where workspace_id = ? and trigger_event = ? and active order by created_at, id",
                workspace.value(), eventType);
    }

    @Override
    protected Workflow read(ResultSet row) throws SQLException {
        String secrets = row.getString(10);
        var details = new WorkflowDetails(row.getString(3), row.getString(4), row.getBoolean(5),
                WorkflowColumns.readTrigger(row.getString(8)), WorkflowColumns.readSteps(row.getString(9),
                secrets == null ? Map.of() : Json.readObject(cipher.decrypt(secrets)).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> (String) entry.getValue()))));
        return new Workflow(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details, Columns.revision(row, 11));
    }

    @Override
    protected int bind(PreparedStatement statement, Workflow workflow, Connection connection) throws SQLException {
        WorkflowDetails d = workflow.details();
        Trigger trigger = d.trigger();
        Columns.bindId(statement, 1, workflow.id());
        statement.setString(2, workflow.workspaceId().value());
        statement.setString(3, d.name());
        statement.setString(4, d.description());
        statement.setBoolean(5, d.active());
        statement.setString(6, trigger.type().apiName());
        statement.setString(7, trigger.event());
        statement.setString(8, WorkflowColumns.write(trigger));
        statement.setString(9, WorkflowColumns.write(d.steps()));
        Map<String, String> secrets = WorkflowColumns.secrets(d.steps());
        statement.setString(10, secrets.isEmpty() ? null : cipher.encrypt(Json.write(secrets)));
        return Columns.bindRevision(statement, 11, workflow.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, WorkflowFilter filter) {
        return Where.workspace(workspace).equal("active", filter.active()).equal("trigger_event", filter.trigger())
                .within("created_at", filter.created());
    }
}
