package com.axolop.crm.application.calendar;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import java.time.Instant;

/** Calendar events: the lead and contact an event is about must exist in the workspace. */
public class CalendarEventService
        extends RecordService<CalendarEvent, CalendarEventDetails, CalendarEventFilter, CalendarEventSortField>
        implements ManageCalendarEventsUseCase {
    public static final RecordKind<CalendarEvent> KIND =
            new RecordKind<>("calendar", "event", "Calendar event not found", CalendarEventSnapshot::of);

    public CalendarEventService(CalendarEventRepository events, RecordWritePorts ports) {
        super(events, KIND, ports);
    }

    @Override
    protected Change<CalendarEvent> created(Id<CalendarEvent> id, Actor actor, CalendarEventDetails details,
                                            Instant now) {
        return CalendarEvent.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    protected void checkWrite(CalendarEvent event, CalendarEvent previous) {
        requireExisting(event, previous, "lead_id", "lead", e -> e.details().leadId());
        requireExisting(event, previous, "contact_id", "contact", e -> e.details().contactId());
        requireExisting(event, previous, "opportunity_id", "opportunity", e -> e.details().opportunityId());
    }
}
