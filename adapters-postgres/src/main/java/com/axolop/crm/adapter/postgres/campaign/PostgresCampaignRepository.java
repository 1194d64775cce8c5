package com.axolop.crm.adapter.postgres.campaign;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.campaign.CampaignFilter;
import com.axolop.crm.application.campaign.CampaignRepository;
import com.axolop.crm.application.campaign.CampaignSortField;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Campaigns; the audience is kept in columns, one per filter. */
public class PostgresCampaignRepository extends PostgresRecordRepository<Campaign, CampaignFilter, CampaignSortField>
        implements CampaignRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "subject",
            "template", "data", "from_name", "reply_to", "audience_type", "audience_status", "audience_lead_type",
            "audience_lead_id", "audience_owner", "audience_q", "audience_ids", "audience_tags", "scheduled_at", "status"),
            Columns.REVISION.stream()).toList();

    public PostgresCampaignRepository(PostgresTransactionRunner db) {
        super(db, "campaigns", COLUMNS);
    }

    @Override
    protected Campaign read(ResultSet row) throws SQLException {
        Array ids = row.getArray(15);
        List<UUID> idList = Arrays.asList((UUID[]) ids.getArray());
        String status = row.getString(10);
        String leadType = row.getString(11);
        var tags = new Tags(Arrays.asList((String[]) row.getArray(16).getArray()));
        Audience audience = row.getString(9).equals("leads")
                ? new Audience.Leads(status == null ? null : LeadStatus.valueOf(status),
                        leadType == null ? null : LeadType.valueOf(leadType), row.getString(14), idList, tags)
                : new Audience.Contacts(row.getObject(12, UUID.class), row.getString(13), row.getString(14), idList,
                        tags);
        var details = new CampaignDetails(row.getString(3), row.getString(4), row.getString(5),
                new CustomFields(row.getString(6)), row.getString(7), EmailAddress.ofNullable(row.getString(8)),
                audience, Columns.instant(row, 17));
        return new Campaign(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details,
                CampaignStatus.valueOf(row.getString(18)), Columns.revision(row, 19));
    }

    @Override
    protected int bind(PreparedStatement statement, Campaign campaign, Connection connection) throws SQLException {
        CampaignDetails d = campaign.details();
        Columns.bindId(statement, 1, campaign.id());
        statement.setString(2, campaign.workspaceId().value());
        statement.setString(3, d.name());
        statement.setString(4, d.subject());
        statement.setString(5, d.template());
        statement.setString(6, d.data().json());
        statement.setString(7, d.fromName());
        statement.setString(8, d.replyTo() == null ? null : d.replyTo().value());
        switch (d.audience()) {
            case Audience.Leads leads -> {
                statement.setString(9, "leads");
                statement.setString(10, leads.status() == null ? null : leads.status().name());
                statement.setString(11, leads.type() == null ? null : leads.type().name());
                statement.setObject(12, null);
                statement.setString(13, null);
            }
            case Audience.Contacts contacts -> {
                statement.setString(9, "contacts");
                statement.setString(10, null);
                statement.setString(11, null);
                statement.setObject(12, contacts.leadId());
                statement.setString(13, contacts.owner());
            }
        }
        statement.setString(14, d.audience().q());
        statement.setArray(15, connection.createArrayOf("uuid", d.audience().ids().toArray()));
        statement.setArray(16, connection.createArrayOf("text", d.audience().tags().values().toArray()));
        Columns.bindInstant(statement, 17, d.scheduledAt());
        statement.setString(18, campaign.status().name());
        return Columns.bindRevision(statement, 19, campaign.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, CampaignFilter filter) {
        return Where.workspace(workspace).equal("status", filter.status() == null ? null : filter.status().name())
                .within("created_at", filter.created());
    }
}
