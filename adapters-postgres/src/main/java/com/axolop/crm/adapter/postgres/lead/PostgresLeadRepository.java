package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.EmailLocks;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Leads; list totals without a date range come from {@code lead_counts}, kept by statement triggers. */
public class PostgresLeadRepository extends PostgresRecordRepository<Lead, LeadFilter, LeadSortField>
        implements LeadRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "email",
            "phone", "company", "type", "status", "value", "currency", "source", "notes", "tags", "custom_fields::json",
            "assigned_to"), Columns.REVISION.stream()).toList();

    public PostgresLeadRepository(PostgresTransactionRunner db) {
        super(db, "leads", COLUMNS);
    }

    @Override
    public Optional<Lead> findByEmail(WorkspaceId workspace, EmailAddress email) {
        EmailLocks.lock(db, "lead", workspace, email);
        return findOne(" where workspace_id = ? and lower(email) = lower(?) order by updated_at desc limit 1",
                workspace.value(), email.value());
    }

    @Override
    public Map<String, Lead> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails) {
        return lockedByEmail("lead", workspace, emails).stream().collect(Collectors.toMap(
                lead -> lead.details().emailKey(), Function.identity(),
                (one, other) -> one.revision().updatedAt().isAfter(other.revision().updatedAt()) ? one : other));
    }

    @Override
    protected Lead read(ResultSet row) throws SQLException {
        BigDecimal value = row.getBigDecimal(9);
        String type = row.getString(7);
        var details = new LeadDetails(new LeadName(row.getString(3)), EmailAddress.ofNullable(row.getString(4)),
                row.getString(5), row.getString(6), type == null ? null : LeadType.valueOf(type),
                LeadStatus.valueOf(row.getString(8)), value == null ? null : new MonetaryAmount(value),
                new CurrencyCode(row.getString(10)), row.getString(11), row.getString(12), Columns.tags(row, 13),
                new CustomFields(row.getString(14)), UserId.ofNullable(row.getString(15)));
        return new Lead(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details, Columns.revision(row, 16));
    }

    @Override
    protected int bind(PreparedStatement statement, Lead lead, Connection connection) throws SQLException {
        LeadDetails d = lead.details();
        Columns.bindId(statement, 1, lead.id());
        statement.setString(2, lead.workspaceId().value());
        statement.setString(3, d.name().value());
        statement.setString(4, d.email() == null ? null : d.email().value());
        statement.setString(5, d.phone());
        statement.setString(6, d.company());
        statement.setString(7, d.type() == null ? null : d.type().name());
        statement.setString(8, d.status().name());
        statement.setBigDecimal(9, d.value() == null ? null : d.value().value());
        statement.setString(10, d.currency().value());
        statement.setString(11, d.source());
        statement.setString(12, d.notes());
        Columns.bindTexts(statement, 13, d.tags().values(), connection);
        statement.setString(14, d.customFields().json());
        statement.setString(15, d.assignedTo() == null ? null : d.assignedTo().value());
        return Columns.bindRevision(statement, 16, lead.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, LeadFilter filter) {
        return statusAndType(Where.workspace(workspace), filter).within("created_at", filter.created());
    }

    /**
     * Without a date range or tags the total sums the trigger-kept {@code lead_counts}, exact however many; a date
     * range or tags need a real count, bounded as every list's.
     */
    @Override
    protected Rows.Total total(Connection connection, WorkspaceId workspace, LeadFilter filter, Where where)
            throws SQLException {
        if (filter.created().from() != null || filter.created().to() != null || !filter.tags().values().isEmpty()) {
            return super.total(connection, workspace, filter, where);
        }
        Where counts = statusAndType(Where.workspace(workspace), filter);
        try (PreparedStatement select = connection.prepareStatement(
                "select coalesce(sum(leads), 0) from lead_counts" + counts.sql())) {
            counts.bind(select);
            return Rows.Total.exact(Rows.number(select));
        }
    }

    // Both leads and lead_counts name these columns alike.
    private static Where statusAndType(Where where, LeadFilter filter) {
        return where.equal("status", filter.status() == null ? null : filter.status().name())
                .equal("type", filter.type() == null ? null : filter.type().name());
    }
}
