package com.axolop.crm.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.contact.TestContacts;
import com.axolop.crm.application.opportunity.InMemoryOpportunityRepository;
import com.axolop.crm.application.opportunity.TestOpportunities;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarEventServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant START = Instant.parse("2024-05-02T09:00:00Z");

    private final InMemoryCalendarEventRepository events = new InMemoryCalendarEventRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryExistingRecords references = new InMemoryExistingRecords()
            .backedBy("contact", contacts).backedBy("opportunity", opportunities);
    private final MutableClock clock = new MutableClock(NOW);
    private final CalendarEventService service = new CalendarEventService(events,
            new RecordWritePorts(outbox, new DirectTransactionRunner(), references, clock));
    private final Actor member = TestActors.member("acme");
    private final Actor stranger = TestActors.member("globex");

    private static CalendarEventDetails review() {
        return TestCalendarEvents.details("Review", START, START.plus(Duration.ofHours(1)));
    }

    private static CalendarEventDetails about(Id<Lead> lead, Id<Contact> contact, Id<Opportunity> opportunity) {
        return TestCalendarEvents.about(review(), lead, contact, opportunity);
    }

    private Id<Lead> leadIn(Actor actor) {
        Id<Lead> lead = Id.newId();
        references.add("lead", actor.workspace(), lead);
        return lead;
    }

    private Id<Contact> contactIn(Actor actor) {
        Contact contact = new Contact(Id.newId(), actor.workspace(), TestContacts.details("Jane", "Doe", null),
                Revision.first(actor.user(), NOW));
        contacts.insert(contact);
        return contact.id();
    }

    private Id<Opportunity> opportunityIn(Actor actor) {
        Opportunity opportunity = new Opportunity(Id.newId(), actor.workspace(),
                TestOpportunities.details("Deal", Id.newId()), null, Revision.first(actor.user(), NOW));
        opportunities.insert(opportunity);
        return opportunity.id();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> eventIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("event");
    }

    private static void assertRefusedOn(String field, Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(InvalidFieldException.class,
                refusal -> assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly(field));
    }

    @Test
    void createAppendsCalendarEventCreatedWithTheEventAsPublished() {
        CalendarEvent event = service.create(member, review());

        assertThat(event.details().owner()).isEqualTo(member.user());
        assertThat(service.get(member, event.id())).isEqualTo(CalendarEventService.KIND.view(event));
        assertThat(outbox.types()).containsExactly("calendar.event_created");
        OutboxEvent created = outbox.events().getFirst();
        assertThat(created.aggregateType()).isEqualTo("calendar");
        assertThat(created.aggregateId()).isEqualTo(event.id().toString());
        assertThat(created.payload()).containsOnlyKeys("event");
        assertThat(eventIn(created)).containsOnlyKeys("id", "workspace_id", "title", "description", "start_at",
                        "end_at", "all_day", "timezone", "location", "attendees", "lead_id", "contact_id",
                        "opportunity_id", "reminder_minutes", "owner", "created_by", "created_at", "updated_at",
                        "version")
                .containsEntry("title", "Review")
                .containsEntry("start_at", START.toString())
                .containsEntry("end_at", START.plus(Duration.ofHours(1)).toString())
                .containsEntry("timezone", "Europe/Berlin")
                .containsEntry("attendees", List.of("ann@acme.com", "Bob@Globex.io"))
                .containsEntry("reminder_minutes", 15)
                .containsEntry("version", 1L);
    }

    @Test
    void updateAppendsCalendarEventUpdatedWithTheChangedFieldsAndTheirPreviousValues() {
        CalendarEvent event = service.create(member, review());
        clock.advance(Duration.ofMinutes(5));

        CalendarEvent moved = service.update(member, event.id(), TestCalendarEvents.withTitle(review(), "Review, moved"),
                ExpectedVersion.exactly(1));

        assertThat(moved.revision().version()).isEqualTo(2);
        assertThat(outbox.types()).containsExactly("calendar.event_created", "calendar.event_updated");
        assertThat(outbox.events().getLast().payload()).containsEntry("changes", List.of("title"))
                .containsEntry("previous", Map.of("title", "Review"));
    }

    @Test
    void anIdenticalUpdateEmitsNothingAndKeepsTheVersion() {
        CalendarEvent event = service.create(member, review());

        assertThat(service.update(member, event.id(), review(), ExpectedVersion.ANY)).isEqualTo(event);
        assertThat(outbox.types()).containsExactly("calendar.event_created");
    }

    @Test
    void deleteAppendsCalendarEventDeleted() {
        CalendarEvent event = service.create(member, review());

        service.delete(member, event.id(), ExpectedVersion.ANY);

        assertThatThrownBy(() -> service.get(member, event.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Calendar event not found");
        assertThat(outbox.types()).containsExactly("calendar.event_created", "calendar.event_deleted");
        assertThat(eventIn(outbox.events().getLast())).containsEntry("id", event.id().toString());
    }

    @Test
    void keepsTheLeadContactAndOpportunityAnEventIsAboutWhenTheyAreInTheWorkspace() {
        Id<Lead> lead = leadIn(member);
        Id<Contact> contact = contactIn(member);
        Id<Opportunity> opportunity = opportunityIn(member);

        CalendarEvent event = service.create(member, about(lead, contact, opportunity));

        assertThat(eventIn(outbox.events().getFirst())).containsEntry("lead_id", lead.toString())
                .containsEntry("contact_id", contact.toString())
                .containsEntry("opportunity_id", opportunity.toString());
        assertThat(service.get(member, event.id()).fields()).containsEntry("opportunity_id", opportunity.toString());
    }

    @Test
    void refusesALeadContactOrOpportunityOfAnotherWorkspaceOrNone() {
        assertRefusedOn("lead_id", () -> service.create(member, about(Id.newId(), null, null)));
        assertRefusedOn("lead_id", () -> service.create(member, about(leadIn(stranger), null, null)));
        assertRefusedOn("contact_id", () -> service.create(member, about(null, Id.newId(), null)));
        assertRefusedOn("contact_id", () -> service.create(member, about(null, contactIn(stranger), null)));
        assertRefusedOn("opportunity_id", () -> service.create(member, about(null, null, Id.newId())));
        assertRefusedOn("opportunity_id", () -> service.create(member, about(null, null, opportunityIn(stranger))));
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void anUnchangedReferenceToASinceDeletedOpportunityIsNotCheckedAgainButANewOneIs() {
        Id<Opportunity> opportunity = opportunityIn(member);
        CalendarEvent event = service.create(member, about(null, null, opportunity));
        opportunities.delete(opportunities.findById(member.workspace(), opportunity).orElseThrow());

        CalendarEvent moved = service.update(member, event.id(),
                TestCalendarEvents.withTitle(event.details(), "Review, moved"), ExpectedVersion.ANY);

        assertThat(moved.details().opportunityId()).isEqualTo(opportunity);
        assertRefusedOn("opportunity_id", () -> service.update(member, event.id(),
                about(null, null, Id.newId()), ExpectedVersion.ANY));
    }

    @Test
    void aViewerCannotCreateUpdateOrDelete() {
        CalendarEvent event = service.create(member, review());
        Actor viewer = TestActors.viewer("acme");

        assertThatThrownBy(() -> service.create(viewer, review())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(viewer, event.id(), TestCalendarEvents.withTitle(review(), "Other"),
                ExpectedVersion.ANY)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete(viewer, event.id(), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThat(outbox.types()).containsExactly("calendar.event_created");
    }

    @Test
    void anEventOfAnotherWorkspaceIsNotFound() {
        CalendarEvent event = service.create(member, review());

        assertThatThrownBy(() -> service.get(stranger, event.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(stranger, event.id(), ExpectedVersion.ANY))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.get(member, event.id())).isEqualTo(CalendarEventService.KIND.view(event));
    }
}
