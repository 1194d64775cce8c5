package com.axolop.crm.adapter.postgres.email;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.email.EmailTemplateFilter;
import com.axolop.crm.application.email.EmailTemplateRepository;
import com.axolop.crm.application.email.EmailTemplateSortField;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

public class PostgresEmailTemplateRepository
        extends PostgresRecordRepository<EmailTemplate, EmailTemplateFilter, EmailTemplateSortField>
        implements EmailTemplateRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "subject",
            "html"), Columns.REVISION.stream()).toList();

    public PostgresEmailTemplateRepository(PostgresTransactionRunner db) {
        super(db, "email_templates", COLUMNS);
    }

    @Override
    protected EmailTemplate read(ResultSet row) throws SQLException {
        return new EmailTemplate(Columns.id(row, 1), new WorkspaceId(row.getString(2)),
                new EmailTemplateDetails(row.getString(3), row.getString(4), row.getString(5)),
                Columns.revision(row, 6));
    }

    @Override
    protected int bind(PreparedStatement statement, EmailTemplate template, Connection connection)
            throws SQLException {
        Columns.bindId(statement, 1, template.id());
        statement.setString(2, template.workspaceId().value());
        statement.setString(3, template.details().name());
        statement.setString(4, template.details().subject());
        statement.setString(5, template.details().html());
        return Columns.bindRevision(statement, 6, template.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, EmailTemplateFilter filter) {
        return Where.workspace(workspace).within("created_at", filter.created());
    }
}
