package com.axolop.crm.adapter.postgres.calendar;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.calendar.CalendarEventFilter;
import com.axolop.crm.application.calendar.CalendarEventRepository;
import com.axolop.crm.application.calendar.CalendarEventSortField;
import com.axolop.crm.domain.calendar.Attendees;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.calendar.TimeSpan;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

public class PostgresCalendarEventRepository
        extends PostgresRecordRepository<CalendarEvent, CalendarEventFilter, CalendarEventSortField>
        implements CalendarEventRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "title", "description",
            "start_at", "end_at", "all_day", "timezone", "location", "attendees", "lead_id", "contact_id",
            "opportunity_id", "reminder_minutes", "owner"), Columns.REVISION.stream()).toList();

    public PostgresCalendarEventRepository(PostgresTransactionRunner db) {
        super(db, "calendar_events", COLUMNS);
    }

    @Override
    protected CalendarEvent read(ResultSet row) throws SQLException {
        var details = new CalendarEventDetails(row.getString(3), row.getString(4),
                new TimeSpan(Columns.instant(row, 5), Columns.instant(row, 6)), row.getBoolean(7),
                ZoneId.of(row.getString(8)), row.getString(9),
                new Attendees(Columns.texts(row, 10).stream().map(EmailAddress::new).toList()),
                Columns.id(row, 11), Columns.id(row, 12), Columns.id(row, 13), row.getObject(14, Integer.class),
                UserId.ofNullable(row.getString(15)));
        return new CalendarEvent(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details,
                Columns.revision(row, 16));
    }

    @Override
    protected int bind(PreparedStatement statement, CalendarEvent event, Connection connection) throws SQLException {
        CalendarEventDetails d = event.details();
        Columns.bindId(statement, 1, event.id());
        statement.setString(2, event.workspaceId().value());
        statement.setString(3, d.title());
        statement.setString(4, d.description());
        Columns.bindInstant(statement, 5, d.time().start());
        Columns.bindInstant(statement, 6, d.time().end());
        statement.setBoolean(7, d.allDay());
        statement.setString(8, d.timezone().getId());
        statement.setString(9, d.location());
        Columns.bindTexts(statement, 10, d.attendees().values(), connection);
        Columns.bindId(statement, 11, d.leadId());
        Columns.bindId(statement, 12, d.contactId());
        Columns.bindId(statement, 13, d.opportunityId());
        statement.setObject(14, d.reminderMinutes(), Types.INTEGER);
        statement.setString(15, d.owner() == null ? null : d.owner().value());
        return Columns.bindRevision(statement, 16, event.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, CalendarEventFilter filter) {
        return Where.workspace(workspace)
                .overlaps("start_at", "end_at", filter.overlapping())
                .equal("lead_id", filter.leadId() == null ? null : filter.leadId().value())
                .equal("contact_id", filter.contactId() == null ? null : filter.contactId().value())
                .equal("opportunity_id", filter.opportunityId() == null ? null : filter.opportunityId().value())
                .equal("owner", filter.owner() == null ? null : filter.owner().value())
                .condition("exists (select 1 from unnest(attendees) as attendee where lower(attendee) = lower(?))",
                        filter.attendee() == null ? null : filter.attendee().value());
    }
}
