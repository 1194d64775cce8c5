package com.axolop.crm.adapter.rest.calendar;

import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.application.calendar.CalendarEventFilter;
import com.axolop.crm.application.calendar.CalendarEventService;
import com.axolop.crm.application.calendar.CalendarEventSortField;
import com.axolop.crm.application.calendar.ManageCalendarEventsUseCase;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/** {@code /api/v1/calendar/events}: the record routes. */
public final class CalendarEventHttpService implements HttpService {
    public static final String PATH = "/api/v1/calendar/events";
    private static final List<String> EXPORT_COLUMNS = List.of("id", "title", "description", "start_at", "end_at",
            "all_day", "timezone", "location", "attendees", "lead_id", "contact_id", "opportunity_id", "reminder_minutes", "owner",
            "created_by", "created_at", "updated_at", "version");

    private final RecordRoutes<CalendarEvent, CalendarEventDetails, CalendarEventFilter, CalendarEventSortField>
            records;

    public CalendarEventHttpService(ManageCalendarEventsUseCase events) {
        this.records = new RecordRoutes<>(resource(events));
    }

    /** Calendar events as a record resource: its routes here, its file in an export package. */
    public static RecordResource<CalendarEvent, CalendarEventDetails, CalendarEventFilter, CalendarEventSortField>
            resource(ManageCalendarEventsUseCase events) {
        return new RecordResource<>(PATH, CalendarEventService.KIND, events, CalendarEventJson::details,
                CalendarEventHttpService::filter, CalendarEventSortField.class,
                new Sort<>(CalendarEventSortField.START_AT, Sort.Direction.ASC), EXPORT_COLUMNS);
    }

    @Override
    public void routing(HttpRules rules) {
        records.routing(rules);
    }

    private static CalendarEventFilter filter(QueryParams params) {
        return new CalendarEventFilter(params.dateRange(), params.id("lead_id"), params.id("contact_id"),
                params.id("opportunity_id"), params.user("owner"), params.email("attendee"));
    }
}
