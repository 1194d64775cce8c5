package com.axolop.crm.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link CalendarEventRepository} does besides the generic record behaviour: its filters. */
public abstract class CalendarEventRepositoryContract
        extends RecordRepositoryContract<CalendarEvent, CalendarEventFilter, CalendarEventSortField> {
    private static final UserId CREATOR = new UserId("creator");
    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract CalendarEventRepository createCalendarEventRepository();

    @Override
    protected final RecordRepository<CalendarEvent, CalendarEventFilter, CalendarEventSortField> createRepository() {
        return createCalendarEventRepository();
    }

    @Override
    protected CalendarEvent newRecord(Id<CalendarEvent> id, WorkspaceId workspace) {
        return event(id, workspace, TestCalendarEvents.details("Review", T0, T0.plus(HOUR)));
    }

    @Override
    protected CalendarEvent nextVersion(CalendarEvent event) {
        CalendarEventDetails moved = TestCalendarEvents.withTitle(event.details(), "Review, moved");
        return new CalendarEvent(event.id(), event.workspaceId(), moved,
                event.revision().next(event.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected CalendarEventFilter everything() {
        return CalendarEventFilter.NONE;
    }

    @Override
    protected Class<CalendarEventSortField> sortFields() {
        return CalendarEventSortField.class;
    }

    @Override
    protected Set<CalendarEventSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected CalendarEvent ranked(Id<CalendarEvent> id, WorkspaceId workspace, CalendarEventSortField field,
                                   Integer rank) {
        CalendarEventDetails d = TestCalendarEvents.details("Review", T0, T0.plus(HOUR));
        Revision revision = Revision.first(CREATOR, T0);
        switch (field) {
            case START_AT -> d = TestCalendarEvents.details("Review", T0.plus(HOUR.multipliedBy(rank)),
                    T0.plus(HOUR.multipliedBy(10)));
            case END_AT -> d = TestCalendarEvents.details("Review", T0, T0.plus(HOUR.multipliedBy(rank + 1)));
            case CREATED_AT -> revision = Revision.first(CREATOR, T0.plusSeconds(rank));
            case UPDATED_AT -> revision = new Revision(CREATOR, T0, T0.plusSeconds(rank), 1);
            case TITLE -> d = TestCalendarEvents.withTitle(d, "rank" + (char) ('a' + rank));
        }
        return new CalendarEvent(id, workspace, d, revision);
    }

    private CalendarEvent stored(CalendarEventDetails details) {
        return stored(event(Id.newId(), workspace, details));
    }

    private static CalendarEvent event(Id<CalendarEvent> id, WorkspaceId workspace, CalendarEventDetails details) {
        return new CalendarEvent(id, workspace, details, Revision.first(CREATOR, T0));
    }

    /** An event from {@code fromHour} to {@code toHour} hours after T0. */
    private CalendarEvent storedAt(long fromHour, long toHour) {
        return stored(TestCalendarEvents.details("Review", T0.plus(HOUR.multipliedBy(fromHour)),
                T0.plus(HOUR.multipliedBy(toHour))));
    }

    private List<CalendarEvent> overlapping(Instant from, Instant to) {
        return listed(new CalendarEventFilter(new DateRange(from, to), null, null, null, null, null));
    }

    @Test
    void keepsTheEventsThatShareAnInstantWithTheRange() {
        storedAt(-2, -1);
        storedAt(-1, 0); // ends as the range starts
        CalendarEvent acrossTheStart = storedAt(-1, 1);
        CalendarEvent inside = storedAt(1, 2);
        CalendarEvent acrossTheEnd = storedAt(3, 5);
        CalendarEvent aroundIt = storedAt(-5, 9);
        storedAt(4, 6); // starts as the range ends

        assertThat(overlapping(T0, T0.plus(HOUR.multipliedBy(4))))
                .containsExactlyInAnyOrder(acrossTheStart, inside, acrossTheEnd, aroundIt);
    }

    @Test
    void aRangeOpenAtOneEndIsUnboundedThere() {
        CalendarEvent past = storedAt(-2, -1);
        CalendarEvent current = storedAt(-1, 1);
        CalendarEvent future = storedAt(2, 3);

        assertThat(overlapping(T0, null)).containsExactlyInAnyOrder(current, future);
        assertThat(overlapping(null, T0)).containsExactlyInAnyOrder(past, current);
    }

    @Test
    void filtersByTheLeadContactOrOpportunityAnEventIsAbout() {
        Id<Lead> lead = Id.newId();
        Id<Contact> contact = Id.newId();
        Id<Opportunity> opportunity = Id.newId();
        CalendarEventDetails plain = TestCalendarEvents.details("Review", T0, T0.plus(HOUR));
        CalendarEvent aboutLead = stored(TestCalendarEvents.about(plain, lead, null, null));
        CalendarEvent aboutAll = stored(TestCalendarEvents.about(plain, lead, contact, opportunity));
        stored(TestCalendarEvents.about(plain, Id.newId(), Id.newId(), Id.newId()));
        stored(plain);

        assertThat(listed(new CalendarEventFilter(DateRange.ALL, lead, null, null, null, null)))
                .containsExactlyInAnyOrder(aboutLead, aboutAll);
        assertThat(listed(new CalendarEventFilter(DateRange.ALL, null, contact, null, null, null)))
                .containsExactly(aboutAll);
        assertThat(listed(new CalendarEventFilter(DateRange.ALL, null, null, opportunity, null, null)))
                .containsExactly(aboutAll);
    }

    @Test
    void filtersByOwner() {
        UserId rep = new UserId("rep-7");
        CalendarEventDetails plain = TestCalendarEvents.details("Review", T0, T0.plus(HOUR));
        CalendarEvent owned = stored(TestCalendarEvents.withOwner(plain, rep));
        stored(TestCalendarEvents.withOwner(plain, new UserId("rep-8")));

        assertThat(listed(new CalendarEventFilter(DateRange.ALL, null, null, null, rep, null))).containsExactly(owned);
    }

    @Test
    void filtersByAnAttendeeWhateverTheCaseOfTheAddress() {
        CalendarEventDetails plain = TestCalendarEvents.details("Review", T0, T0.plus(HOUR));
        CalendarEvent withBob = stored(TestCalendarEvents.withAttendees(plain, List.of("ann@acme.com", "Bob@Globex.io")));
        stored(TestCalendarEvents.withAttendees(plain, List.of("ann@acme.com")));
        stored(TestCalendarEvents.withAttendees(plain, List.of()));

        assertThat(listed(new CalendarEventFilter(DateRange.ALL, null, null, null, null,
                new EmailAddress("bob@GLOBEX.io")))).containsExactly(withBob);
    }
}
