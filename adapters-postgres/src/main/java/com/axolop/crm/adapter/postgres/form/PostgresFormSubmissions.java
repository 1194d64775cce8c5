package com.axolop.crm.adapter.postgres.form;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.form.FormSubmissions;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

public class PostgresFormSubmissions implements FormSubmissions {
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
        return db.inSnapshot(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from form_submissions where workspace_id = ? and form_id = ?")) {
                count.setString(1, workspace.value());
                count.setObject(2, form.value());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<FormSubmission> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, workspace_id, form_id, submitted_values::text, lead_id, submitted_at from form_submissions
                    where workspace_id = ? and form_id = ? order by submitted_at desc, id desc limit ? offset ?""")) {
                select.setString(1, workspace.value());
                select.setObject(2, form.value());
                select.setInt(3, page.limit());
                select.setLong(4, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new FormSubmission(Columns.id(rows, 1), new WorkspaceId(rows.getString(2)),
                                Columns.id(rows, 3), Json.readObject(rows.getString(4)),
                                new LeadId(rows.getObject(5, UUID.class)), Columns.instant(rows, 6)));
                    }
                }
            }
            return new Page<>(items, page, total);
        });
    }
}
