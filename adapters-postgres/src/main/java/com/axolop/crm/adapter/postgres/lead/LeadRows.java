package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/** Maps a lead to and from a row of {@code leads}. */
final class LeadRows {
    private LeadRows() {
    }

    static Lead read(ResultSet row) throws SQLException {
        BigDecimal value = row.getBigDecimal("value");
        String type = row.getString("type");
        var details = new LeadDetails(
                new LeadName(row.getString("name")),
                EmailAddress.ofNullable(row.getString("email")),
                row.getString("phone"),
                row.getString("company"),
                type == null ? null : LeadType.valueOf(type),
                LeadStatus.valueOf(row.getString("status")),
                value == null ? null : new MonetaryAmount(value),
                new CurrencyCode(row.getString("currency")),
                row.getString("source"),
                row.getString("notes"),
                new Tags(Arrays.asList((String[]) row.getArray("tags").getArray())),
                Json.customFields(row.getString("custom_fields")),
                UserId.ofNullable(row.getString("assigned_to")));
        return new Lead(new LeadId(row.getObject("id", UUID.class)), new WorkspaceId(row.getString("workspace_id")),
                details, new UserId(row.getString("created_by")), instant(row, "created_at"),
                instant(row, "updated_at"), row.getLong("version"));
    }

    /** Binds every column in the order of the INSERT; returns the next free parameter index. */
    static int bind(PreparedStatement statement, Lead lead, Connection connection) throws SQLException {
        LeadDetails d = lead.details();
        statement.setObject(1, lead.id().value());
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
        statement.setArray(13, connection.createArrayOf("text", d.tags().values().toArray()));
        statement.setString(14, d.customFields().json());
        statement.setString(15, d.assignedTo() == null ? null : d.assignedTo().value());
        statement.setString(16, lead.createdBy().value());
        statement.setObject(17, lead.createdAt().atOffset(ZoneOffset.UTC));
        statement.setObject(18, lead.updatedAt().atOffset(ZoneOffset.UTC));
        statement.setLong(19, lead.version());
        return 20;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
