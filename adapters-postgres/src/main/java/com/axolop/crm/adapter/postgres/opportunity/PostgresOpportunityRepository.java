package com.axolop.crm.adapter.postgres.opportunity;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.opportunity.OpportunityFilter;
import com.axolop.crm.application.opportunity.OpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunitySortField;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.opportunity.Probability;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

public class PostgresOpportunityRepository
        extends PostgresRecordRepository<Opportunity, OpportunityFilter, OpportunitySortField>
        implements OpportunityRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "lead_id",
            "contact_id", "value", "currency", "stage::opportunity_stage", "probability", "expected_close_date",
            "closed_at", "lost_reason", "tags", "custom_fields::json", "owner"), Columns.REVISION.stream()).toList();

    public PostgresOpportunityRepository(PostgresTransactionRunner db) {
        super(db, "opportunities", COLUMNS);
    }

    @Override
    protected Opportunity read(ResultSet row) throws SQLException {
        BigDecimal value = row.getBigDecimal(6);
        int probability = row.getInt(9);
        Probability validProbability = row.wasNull() ? null : new Probability(probability);
        var details = new OpportunityDetails(row.getString(3), Columns.id(row, 4), Columns.id(row, 5),
                value == null ? null : new MonetaryAmount(value), new CurrencyCode(row.getString(7)),
                OpportunityStage.valueOf(row.getString(8)), validProbability, row.getObject(10, LocalDate.class),
                row.getString(12), Columns.tags(row, 13), new CustomFields(row.getString(14)),
                UserId.ofNullable(row.getString(15)));
        return new Opportunity(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details,
                Columns.instant(row, 11), Columns.revision(row, 16));
    }

    @Override
    protected int bind(PreparedStatement statement, Opportunity opportunity, Connection connection)
            throws SQLException {
        OpportunityDetails d = opportunity.details();
        Columns.bindId(statement, 1, opportunity.id());
        statement.setString(2, opportunity.workspaceId().value());
        statement.setString(3, d.name());
        Columns.bindId(statement, 4, d.leadId());
        Columns.bindId(statement, 5, d.contactId());
        statement.setBigDecimal(6, d.value() == null ? null : d.value().value());
        statement.setString(7, d.currency().value());
        statement.setString(8, d.stage().name());
        if (d.probability() == null) {
            statement.setNull(9, Types.SMALLINT);
        } else {
            statement.setShort(9, (short) d.probability().percent());
        }
        statement.setObject(10, d.expectedCloseDate());
        Columns.bindInstant(statement, 11, opportunity.closedAt());
        statement.setString(12, d.lostReason());
        Columns.bindTexts(statement, 13, d.tags().values(), connection);
        statement.setString(14, d.customFields().json());
        statement.setString(15, d.owner() == null ? null : d.owner().value());
        return Columns.bindRevision(statement, 16, opportunity.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, OpportunityFilter filter) {
        return Where.workspace(workspace)
                .condition("stage = ?::opportunity_stage", filter.stage() == null ? null : filter.stage().name())
                .atLeast("value", filter.minValue() == null ? null : filter.minValue().value())
                .atMost("value", filter.maxValue() == null ? null : filter.maxValue().value())
                .atLeast("expected_close_date", filter.closeFrom())
                .atMost("expected_close_date", filter.closeTo())
                .equal("lead_id", filter.leadId() == null ? null : filter.leadId().value())
                .equal("contact_id", filter.contactId() == null ? null : filter.contactId().value())
                .equal("owner", filter.owner() == null ? null : filter.owner().value())
                .within("created_at", filter.created());
    }
}
