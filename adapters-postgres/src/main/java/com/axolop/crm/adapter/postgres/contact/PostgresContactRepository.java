package com.axolop.crm.adapter.postgres.contact;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.contact.ContactRepository;
import com.axolop.crm.application.contact.ContactSortField;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class PostgresContactRepository extends PostgresRecordRepository<Contact, ContactFilter, ContactSortField>
        implements ContactRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "first_name",
            "last_name", "email", "phone", "company", "title", "lead_id", "tags", "custom_fields::json", "owner"),
            Columns.REVISION.stream()).toList();

    public PostgresContactRepository(PostgresTransactionRunner db) {
        super(db, "contacts", COLUMNS);
    }

    @Override
    public Map<String, Contact> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails) {
        return lockedByEmail("contact", workspace, emails).stream().collect(Collectors.toMap(
                contact -> contact.details().emailKey(), Function.identity()));
    }

    @Override
    protected Contact read(ResultSet row) throws SQLException {
        var details = new ContactDetails(row.getString(3), row.getString(4), EmailAddress.ofNullable(row.getString(5)),
                row.getString(6), row.getString(7), row.getString(8), Columns.id(row, 9), Columns.tags(row, 10),
                new CustomFields(row.getString(11)), UserId.ofNullable(row.getString(12)));
        return new Contact(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details, Columns.revision(row, 13));
    }

    @Override
    protected int bind(PreparedStatement statement, Contact contact, Connection connection) throws SQLException {
        ContactDetails d = contact.details();
        Columns.bindId(statement, 1, contact.id());
        statement.setString(2, contact.workspaceId().value());
        statement.setString(3, d.firstName());
        statement.setString(4, d.lastName());
        statement.setString(5, d.email() == null ? null : d.email().value());
        statement.setString(6, d.phone());
        statement.setString(7, d.company());
        statement.setString(8, d.title());
        Columns.bindId(statement, 9, d.leadId());
        Columns.bindTexts(statement, 10, d.tags().values(), connection);
        statement.setString(11, d.customFields().json());
        statement.setString(12, d.owner() == null ? null : d.owner().value());
        return Columns.bindRevision(statement, 13, contact.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, ContactFilter filter) {
        return Where.workspace(workspace)
                .equal("lead_id", filter.leadId() == null ? null : filter.leadId().value())
                .equal("owner", filter.owner() == null ? null : filter.owner().value())
                .within("created_at", filter.created());
    }
}
