package com.axolop.crm.application.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.calendar.CalendarEventService;
import com.axolop.crm.application.calendar.CalendarEventSnapshot;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.domain.calendar.CalendarEvent;
import com.axolop.crm.domain.calendar.CalendarEventDetails;
import com.axolop.crm.domain.calendar.CalendarEventEvent;
import com.axolop.crm.domain.calendar.TimeSpan;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordKindTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final CalendarEvent event = CalendarEvent.create(Id.newId(), new WorkspaceId("acme"), details("Demo"),
            new UserId("ann"), NOW).record();
    private final Change<CalendarEvent> retitled = event.update(details("Demo, moved"), NOW.plusSeconds(60));

    private static CalendarEventDetails details(String title) {
        return new CalendarEventDetails(title, null, new TimeSpan(NOW, NOW.plusSeconds(3600)), false, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void anUpdateEventCarriesTheChangesAndPreviousValues() {
        OutboxEvent updated = CalendarEventService.KIND.toOutbox(retitled.events()).getFirst();

        assertThat(updated.eventType()).isEqualTo("calendar.event_updated");
        assertThat(updated.payload()).containsEntry("changes", List.of("title"))
                .containsEntry("previous", Map.of("title", "Demo"));
    }

    @Test
    void anEventCarriesTheFieldsItsKindAddsForIt() {
        var kind = new RecordKind<CalendarEvent>("calendar", "event", "Not found", CalendarEventSnapshot::of,
                e -> e instanceof CalendarEventEvent.Deleted ? Map.of("reason", "cancelled") : Map.of());

        assertThat(kind.toOutbox(event.delete(NOW).events()).getFirst().payload())
                .containsEntry("reason", "cancelled");
        assertThat(kind.toOutbox(retitled.events()).getFirst().payload()).doesNotContainKey("reason");
    }

    @Test
    void theViewIsThePublishedShapeAndTheVersion() {
        RecordView view = CalendarEventService.KIND.view(retitled.record());

        assertThat(view.version()).isEqualTo(2);
        assertThat(view.fields()).containsEntry("title", "Demo, moved").containsEntry("version", 2L);
    }

    @Test
    void otherEventsCarryOnlyTheRecord() {
        OutboxEvent deleted = CalendarEventService.KIND.toOutbox(event.delete(NOW).events()).getFirst();

        assertThat(deleted.eventType()).isEqualTo("calendar.event_deleted");
        assertThat(deleted.payload()).containsOnlyKeys("event");
    }
}
