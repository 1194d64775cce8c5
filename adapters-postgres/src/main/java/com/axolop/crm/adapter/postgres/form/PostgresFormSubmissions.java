package com.axolop.crm.adapter.postgres.form;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.form.FormSubmissions;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

public class PostgresFormSubmissions implements FormSubmissions {
    private static final String TABLE = "form_submissions";

    private final PostgresTransactionRunner db;

    public PostgresFormSubmissions(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void insert(FormSubmission submission) {
        db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into form_submissions (id, workspace_id, form_id, submitted_values, lead_id, submitted_at)
                    values (?, ?, ?, ?::jsonb, ?, ?)""")) {
                Columns.bindId(insert, 1, submission.id());
                insert.setString(2, submission.workspaceId().value());
                Columns.bindId(insert, 3, submission.formId());
                insert.setString(4, Json.write(submission.values()));
                insert.setObject(5, submission.leadId().value());
                Columns.bindInstant(insert, 6, submission.submittedAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Page<FormSubmission> list(WorkspaceId workspace, Id<Form> form, PageRequest page) {
        Where where = Where.workspace(workspace).equal("form_id", form.value());
        return db.inSnapshot(connection -> Rows.counted(connection,
                "id, workspace_id, form_id, submitted_values::text, lead_id, submitted_at", TABLE, where,
                " order by submitted_at desc, id desc", page, PostgresFormSubmissions::read));
    }

    private static FormSubmission read(ResultSet row) throws SQLException {
        return new FormSubmission(Columns.id(row, 1), new WorkspaceId(row.getString(2)), Columns.id(row, 3),
                Json.readObject(row.getString(4)), Columns.id(row, 5), Columns.instant(row, 6));
    }
}
