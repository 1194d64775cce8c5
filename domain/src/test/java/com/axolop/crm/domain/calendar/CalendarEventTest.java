package com.axolop.crm.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CalendarEventTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final TimeSpan HOUR = new TimeSpan(NINE, NINE.plusSeconds(3600));

    private static CalendarEventDetails details(String title) {
        return new CalendarEventDetails(title, null, HOUR, false, null, null, null, null, null, null, null, null);
    }

    @Test
    void aSpanEndsAfterItStarts() {
        assertThatThrownBy(() -> new TimeSpan(NINE, NINE)).hasMessage("must be after start_at");
    }

    @Test
    void attendeesAreDistinctWhateverTheirCase() {
        assertThatThrownBy(() -> Attendees.parse(List.of("ann@example.com", "Ann@Example.com")))
                .hasMessageContaining("Ann@Example.com");
    }

    @Test
    void anAttendeeThatIsNotAnAddressIsNamed() {
        assertThatThrownBy(() -> Attendees.parse(List.of("ann@example.com", "not an address")))
                .hasMessageContaining("\"not an address\"");
    }

    @Test
    void atMostOneHundredAttendees() {
        assertThat(Attendees.parse(addresses(100)).addresses()).hasSize(100);
        assertThatThrownBy(() -> Attendees.parse(addresses(101))).hasMessageContaining("at most 100");
    }

    private static List<String> addresses(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + "@example.com").toList();
    }

    @Test
    void theTimezoneIsAnIanaZoneAndUtcByDefault() {
        assertThat(CalendarEventDetails.timezone(null)).isEqualTo(ZoneId.of("UTC"));
        assertThat(CalendarEventDetails.timezone("America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
        assertThatThrownBy(() -> CalendarEventDetails.timezone("+02:00")).hasMessageContaining("IANA");
        assertThatThrownBy(() -> CalendarEventDetails.timezone("europe/berlin")).hasMessageContaining("IANA");
    }

    @Test
    void aReminderIsZeroToFourWeeks() {
        assertThat(CalendarEventDetails.reminderMinutes(40_320)).isEqualTo(40_320);
        assertThatThrownBy(() -> CalendarEventDetails.reminderMinutes(40_321)).hasMessageContaining("four weeks");
        assertThatThrownBy(() -> CalendarEventDetails.reminderMinutes(-1)).hasMessageContaining("between 0");
    }

    @Test
    void theCreatorOwnsItAndAnIdenticalUpdateRaisesNothing() {
        var ann = new UserId("ann");
        CalendarEvent event = CalendarEvent.create(Id.newId(), new WorkspaceId("acme"), details("Demo"), ann, NINE)
                .record();

        Change<CalendarEvent> same = event.update(details("Demo"), NINE.plusSeconds(60));
        Change<CalendarEvent> retitled = event.update(details("Demo 2"), NINE.plusSeconds(60));

        assertThat(event.details().owner()).isEqualTo(ann);
        assertThat(same.events()).isEmpty();
        assertThat(same.record()).isSameAs(event);
        assertThat(retitled.events()).extracting(e -> e.type()).containsExactly("calendar.event_updated");
        assertThat(retitled.record().revision().version()).isEqualTo(2);
        assertThat(retitled.record().details().owner()).isEqualTo(ann);
    }
}
