package com.axolop.crm.adapter.rest.calendar;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.ExportRoutesContract;
import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.axolop.crm.adapter.rest.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/calendar/events}: the record and export contracts, then what only calendar events do. */
class CalendarEventRoutesTest extends RecordRoutesContract implements ExportRoutesContract {
    private static final String DAY = "2026-12-01T";

    CalendarEventRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/calendar/events";
    }

    @Override
    public String validBody() {
        return body("Demo", "14:00", "15:00", """
                ,"description":"Product demo","timezone":"Europe/Berlin","location":"Zoom",\
                "attendees":["ann@example.com","bob@example.com"],"reminder_minutes":15""");
    }

    @Override
    public String changedBody() {
        return body("Demo, moved", "15:00", "16:30", ",\"all_day\":false,\"attendees\":[\"ann@example.com\"]");
    }

    @Override
    public String exportName() {
        return "calendar-events";
    }

    @Override
    public String csvHeaderStart() {
        return "\"id\",\"title\",\"description\",\"start_at\",\"end_at\",\"all_day\",\"timezone\",\"location\",\"attendees\"";
    }

    /** An event on {@link #DAY} from {@code start} to {@code end} (HH:mm, UTC), plus {@code extra} fields. */
    private static String body(String title, String start, String end, String extra) {
        return "{\"title\":\"" + title + "\",\"start_at\":\"" + DAY + start + ":00Z\",\"end_at\":\"" + DAY + end
                + ":00Z\"" + extra + "}";
    }

    private void event(String title, String start, String end) {
        api.create(path(), body(title, start, end, ""));
    }

    private List<String> titles(String query) {
        TestApi.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.listed("title");
    }

    /** The one error of refusing {@code json}, which must be on {@code field}. */
    private JsonNode rejected(String json, String field) {
        JsonNode body = assertError(api.post(path(), json), 400, path());
        assertThat(fieldsInError(body)).containsExactly(field);
        return body.at("/errors/0");
    }

    @Test
    void aMinimalEventIsUtcNotAllDayWithoutAttendeesAndOwnedByItsCreator() {
        JsonNode event = api.post(path(), body("Call", "09:00", "09:30", "")).data();

        assertThat(event.path("timezone").asText()).isEqualTo("UTC");
        assertThat(event.path("all_day").asBoolean()).isFalse();
        assertThat(event.path("attendees")).isEmpty();
        assertThat(event.path("reminder_minutes").isNull()).isTrue();
        assertThat(event.path("owner").asText()).isEqualTo("user-" + workspace);
    }

    @Test
    void instantsAreAnsweredInUtc() {
        JsonNode event = api.post(path(), """
                {"title":"Offsite","start_at":"2026-12-01T09:00:00+01:00","end_at":"2026-12-02T09:00:00+01:00"}""")
                .data();

        assertThat(event.path("start_at").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(event.path("end_at").asText()).isEqualTo("2026-12-02T08:00:00Z");
    }

    @Test
    void needsATitleAStartAndAnEnd() {
        JsonNode body = assertError(api.post(path(), "{\"description\":\"?\"}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("title", "start_at", "end_at");
    }

    @Test
    void anEndBeforeOrAtTheStartIsRejectedOnEndAt() {
        assertThat(rejected(body("Backwards", "15:00", "14:00", ""), "end_at").path("message").asText())
                .isEqualTo("end_at must be after start_at");
        rejected(body("Empty", "15:00", "15:00", ""), "end_at");
    }

    @Test
    void instantsNeedAnOffset() {
        rejected("{\"title\":\"T\",\"start_at\":\"2026-12-01T10:00:00\",\"end_at\":\"2026-12-01T11:00:00Z\"}", "start_at");
    }

    @Test
    void theTimezoneMustBeAnIanaZone() {
        assertThat(rejected(body("T", "10:00", "11:00", ",\"timezone\":\"Mars/Olympus_Mons\""), "timezone")
                .path("message").asText()).contains("IANA");
        rejected(body("T", "10:00", "11:00", ",\"timezone\":\"+02:00\""), "timezone");
    }

    @Test
    void attendeesAreDistinctEmailAddressesAtMostAHundred() {
        assertThat(rejected(body("T", "10:00", "11:00", ",\"attendees\":[\"ann@example.com\",\"bob-at-example\"]"),
                "attendees").path("message").asText()).contains("bob-at-example");
        assertThat(rejected(body("T", "10:00", "11:00", ",\"attendees\":[\"ann@example.com\",\"ANN@example.com\"]"),
                "attendees").path("message").asText()).contains("ANN@example.com");
        assertThat(api.post(path(), body("T", "10:00", "11:00", attendees(100))).status()).isEqualTo(201);
        rejected(body("T", "10:00", "11:00", attendees(101)), "attendees");
    }

    private static String attendees(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"a" + i + "@example.com\"")
                .collect(Collectors.joining(",", ",\"attendees\":[", "]"));
    }

    @Test
    void aReminderIsAWholeNumberOfMinutesUpToFourWeeks() {
        assertThat(api.post(path(), body("T", "10:00", "11:00", ",\"reminder_minutes\":40320")).status()).isEqualTo(201);
        rejected(body("T", "10:00", "11:00", ",\"reminder_minutes\":40321"), "reminder_minutes");
        rejected(body("T", "10:00", "11:00", ",\"reminder_minutes\":-1"), "reminder_minutes");
        rejected(body("T", "10:00", "11:00", ",\"reminder_minutes\":1.5"), "reminder_minutes");
        rejected(body("T", "10:00", "11:00", ",\"reminder_minutes\":\"15\""), "reminder_minutes");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), """
                {"title":7,"start_at":"soon","end_at":"2026-12-01T11:00:00Z","all_day":"yes","timezone":"Nowhere",
                 "location":[],"attendees":"ann@example.com","lead_id":"1","reminder_minutes":-5}"""), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("title", "start_at", "all_day", "timezone",
                "location", "attendees", "lead_id", "reminder_minutes");
    }

    @Test
    void aLeadContactOrOpportunityOfTheWorkspaceMayBeReferenced() {
        String lead = api.create("/api/v1/leads", "{\"name\":\"Acme\"}");
        String contact = api.create("/api/v1/contacts", "{\"first_name\":\"Jane\"}");
        String opportunity = api.create("/api/v1/opportunities", "{\"name\":\"Deal\",\"lead_id\":\"" + lead + "\"}");

        TestApi.Answer created = api.post(path(), body("T", "10:00", "11:00", ",\"lead_id\":\"" + lead
                + "\",\"contact_id\":\"" + contact + "\",\"opportunity_id\":\"" + opportunity + "\""));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.data().path("opportunity_id").asText()).isEqualTo(opportunity);
    }

    @Test
    void aReferenceOutsideTheWorkspaceIs400OnItsField() {
        TestApi stranger = stranger();
        String foreignLead = stranger.create("/api/v1/leads", "{\"name\":\"Other\"}");
        String foreignContact = stranger.create("/api/v1/contacts", "{\"first_name\":\"Joe\"}");

        rejected(body("T", "10:00", "11:00", ",\"lead_id\":\"" + foreignLead + "\""), "lead_id");
        rejected(body("T", "10:00", "11:00", ",\"contact_id\":\"" + foreignContact + "\""), "contact_id");
        rejected(body("T", "10:00", "11:00", ",\"opportunity_id\":\"" + UUID.randomUUID() + "\""), "opportunity_id");
        rejected(body("T", "10:00", "11:00", ",\"opportunity_id\":\"deal-7\""), "opportunity_id");
    }

    @Test
    void aRangeListsTheEventsOverlappingItInStartOrder() {
        event("touches the start", "09:00", "10:00");
        event("touches the end", "12:00", "13:00");
        event("spans the range", "08:00", "14:00");
        event("inside", "10:30", "11:00");
        event("overlaps the start", "09:30", "10:30");
        event("overlaps the end", "11:30", "12:30");
        event("after", "14:00", "15:00");

        assertThat(titles("?startDate=" + DAY + "10:00:00Z&endDate=" + DAY + "12:00:00Z"))
                .containsExactly("spans the range", "overlaps the start", "inside", "overlaps the end");
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        JsonNode body = assertError(api.get(path() + "?startDate=2026-12-02&endDate=2026-12-01T00:00:00Z"), 400, path());

        assertThat(fieldsInError(body)).containsExactly("endDate");
    }

    @Test
    void filtersByOwnerAndAttendeeWhateverItsCase() {
        event("mine", "10:00", "11:00");
        api.create(path(), body("theirs", "13:00", "14:00", ",\"owner\":\"someone\",\"attendees\":[\"Ann@Example.com\"]"));

        assertThat(titles("?owner=someone")).containsExactly("theirs");
        assertThat(titles("?attendee=ann@example.COM")).containsExactly("theirs");
        JsonNode bad = assertError(api.get(path() + "?attendee=nobody&contact_id=7"), 400, path());
        assertThat(fieldsInError(bad)).containsExactlyInAnyOrder("attendee", "contact_id");
    }

    @Test
    void sortsByStartAscendingUnlessToldOtherwise() {
        event("b", "11:00", "12:00");
        event("c", "09:00", "10:00");
        event("a", "10:00", "13:00");

        assertThat(titles("")).containsExactly("c", "a", "b");
        assertThat(titles("?sort=end_at&order=desc")).containsExactly("a", "b", "c");
        assertThat(titles("?sort=title")).containsExactly("a", "b", "c");
    }

    @Test
    void theCsvExportJoinsAttendees() {
        api.create(path(), body("=cmd", "10:00", "11:00", ",\"attendees\":[\"ann@example.com\",\"bob@example.com\"]"));

        List<String> lines = api.get(path() + "/export").body().lines().toList();

        assertThat(lines.get(1)).contains(",\"'=cmd\",\"\",\"2026-12-01T10:00:00Z\",\"2026-12-01T11:00:00Z\",\"false\",\"UTC\",\"\","
                + "\"ann@example.com;bob@example.com\",");
    }
}
