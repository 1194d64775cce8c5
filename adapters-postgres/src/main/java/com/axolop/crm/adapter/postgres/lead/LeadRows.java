package com.axolop.crm.adapter.postgres.lead;

import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
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
    private static final String TAG_SEPARATOR = String.valueOf((char) 31);

    private LeadRows() {
    }

    /** Reads a row selected with {@link PostgresLeadRepository}'s column list, by position. */
    static Lead read(ResultSet row) throws SQLException {
        BigDecimal value = row.getBigDecimal(9);
        String type = row.getString(7);
        var details = new LeadDetails(
                new LeadName(row.getString(3)),
                EmailAddress.ofNullable(row.getString(4)),
                row.getString(5),
                row.getString(6),
                type == null ? null : LeadType.valueOf(type),
                LeadStatus.valueOf(row.getString(8)),
                value == null ? null : new MonetaryAmount(value),
                new CurrencyCode(row.getString(10)),
                row.getString(11),
                row.getString(12),
                tags(row.getString(13)),
                new CustomFields(row.getString(14)),
                UserId.ofNullable(row.getString(15)));
        return new Lead(new LeadId(row.getObject(1, UUID.class)), new WorkspaceId(row.getString(2)), details,
                new UserId(row.getString(16)), instant(row, 17), instant(row, 18), row.getLong(19));
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

    // Selected as array_to_string(tags, chr(31)): tags cannot contain control characters, and splitting a
    // string is much cheaper than pgjdbc's array parsing on a streamed export.
    private static Tags tags(String joined) {
        return joined.isEmpty() ? Tags.NONE : new Tags(Arrays.asList(joined.split(TAG_SEPARATOR)));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
