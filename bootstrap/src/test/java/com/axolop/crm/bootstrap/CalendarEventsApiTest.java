package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.ErrorFormat.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The calendar event endpoints end to end, against the embedded PostgreSQL and Kafka: storage, references checked in
 * the database, range queries, filters, exports and events. Validation of bodies is CalendarEventRoutesTest's.
 */
class CalendarEventsApiTest extends RecordApiContract {
    private static final String DAY = "2026-12-01T";

    @Override
    String path() {
        return "/api/v1/calendar/events";
    }

    @Override
    String validBody() {
        return body("Demo", "14:00", "15:00", """
                ,"description":"Product demo","timezone":"Europe/Berlin","location":"Zoom",\
                "attendees":["ann@example.com","bob@example.com"],"reminder_minutes":15""");
    }

    @Override
    String changedBody() {
        return body("Demo, moved", "15:00", "16:30", ",\"all_day\":false,\"attendees\":[\"ann@example.com\"]");
    }

    /** An event on {@link #DAY} from {@code start} to {@code end} (HH:mm, UTC), plus {@code extra} fields. */
    private static String body(String title, String start, String end, String extra) {
        return "{\"title\":\"" + title + "\",\"start_at\":\"" + DAY + start + ":00Z\",\"end_at\":\"" + DAY + end
                + ":00Z\"" + extra + "}";
    }

    private String event(String title, String start, String end) {
        Api.Answer created = api.post(path(), body(title, start, end, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private List<String> titles(String query) {
        Api.Answer list = api.get(path() + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().at("/pagination/total").asLong()).isEqualTo(list.json().path("data").size());
        return list.json().path("data").findValuesAsText("title");
    }

    private JsonNode rejected(String json, String field) {
        JsonNode body = assertError(api.post(path(), json), 400, path());
        assertThat(ErrorFormat.fieldsInError(body)).isEqualTo(field);
        return body.at("/errors/0");
    }

    @Test
    void aMinimalEventIsUtcNotAllDayWithoutAttendeesAndOwnedByItsCreator() {
        JsonNode event = api.post(path(), body("Call", "09:00", "09:30", "")).json().path("data");

        assertThat(event.path("timezone").asText()).isEqualTo("UTC");
        assertThat(event.path("all_day").asBoolean()).isFalse();
        assertThat(event.path("attendees")).isEmpty();
        assertThat(event.path("reminder_minutes").isNull()).isTrue();
        assertThat(event.path("owner").asText()).isEqualTo("user-" + workspace);
    }

    @Test
    void storesEveryFieldAndAnswersInstantsInUtc() {
        JsonNode event = api.post(path(), """
                {"title":"Offsite","start_at":"2026-12-01T09:00:00+01:00","end_at":"2026-12-02T09:00:00+01:00",
                 "all_day":true,"timezone":"Europe/Paris","attendees":["Ann@Example.com"],"reminder_minutes":0,
                 "owner":"user-42"}""").json().path("data");

        JsonNode read = api.get(path() + "/" + event.path("id").asText()).json().path("data");
        assertThat(read).isEqualTo(event);
        assertThat(read.path("start_at").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(read.path("end_at").asText()).isEqualTo("2026-12-02T08:00:00Z");
        assertThat(read.path("all_day").asBoolean()).isTrue();
        assertThat(read.path("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(read.path("attendees").get(0).asText()).isEqualTo("Ann@Example.com");
        assertThat(read.path("reminder_minutes").asInt()).isZero();
        assertThat(read.path("owner").asText()).isEqualTo("user-42");
    }

    @Test
    void anAttendeeThatIsNotAnEmailAddressIsNamed() {
        JsonNode error = rejected(body("T", "10:00", "11:00", ",\"attendees\":[\"ann@example.com\",\"bob-at-example\"]"),
                "attendees");

        assertThat(error.path("message").asText()).contains("bob-at-example");
    }

    @Test
    void aLeadContactOrOpportunityReferenceMustExistInTheWorkspace() {
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String contact = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}").json().at("/data/id").asText();
        String foreignLead = stranger.createLead("{\"name\":\"Other\"}");
        String foreignContact = stranger.post("/api/v1/contacts", "{\"first_name\":\"Joe\"}").json().at("/data/id").asText();

        assertThat(api.post(path(), body("T", "10:00", "11:00", ",\"lead_id\":\"" + lead + "\",\"contact_id\":\""
                + contact + "\"")).status()).isEqualTo(201);
        rejected(body("T", "10:00", "11:00", ",\"lead_id\":\"" + foreignLead + "\""), "lead_id");
        rejected(body("T", "10:00", "11:00", ",\"contact_id\":\"" + foreignContact + "\""), "contact_id");
        rejected(body("T", "10:00", "11:00", ",\"contact_id\":\"" + UUID.randomUUID() + "\""), "contact_id");
        String opportunity = api.post("/api/v1/opportunities", "{\"name\":\"Deal\",\"lead_id\":\"" + lead + "\"}")
                .json().at("/data/id").asText();
        assertThat(api.post(path(), body("T", "10:00", "11:00", ",\"opportunity_id\":\"" + opportunity + "\""))
                .status()).isEqualTo(201);
        rejected(body("T", "10:00", "11:00", ",\"opportunity_id\":\"" + UUID.randomUUID() + "\""), "opportunity_id");
    }

    @Test
    void anOpportunityIdMustBeAUuid() {
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
    void aRangeOfDatesCoversWholeDaysAndEitherEndMayBeOpen() {
        event("at midnight", "00:00", "01:00");
        api.post(path(), "{\"title\":\"overnight\",\"start_at\":\"2026-11-30T23:00:00Z\",\"end_at\":\"" + DAY + "01:00:00Z\"}");
        api.post(path(), "{\"title\":\"next day\",\"start_at\":\"2026-12-02T00:00:00Z\",\"end_at\":\"2026-12-02T01:00:00Z\"}");
        api.post(path(), "{\"title\":\"earlier\",\"start_at\":\"2026-11-30T10:00:00Z\",\"end_at\":\"2026-11-30T11:00:00Z\"}");

        assertThat(titles("?startDate=2026-12-01&endDate=2026-12-01")).containsExactly("overnight", "at midnight");
        assertThat(titles("?startDate=2026-12-01T00:30:00Z")).containsExactly("overnight", "at midnight", "next day");
        assertThat(titles("?endDate=2026-11-30T12:00:00Z")).containsExactly("earlier");
    }

    @Test
    void filtersByReferencesOwnerAndAttendeeWhateverItsCase() {
        String lead = api.createLead("{\"name\":\"Acme\"}");
        String contact = api.post("/api/v1/contacts", "{\"first_name\":\"Jane\"}").json().at("/data/id").asText();
        String opportunity = api.post("/api/v1/opportunities", "{\"name\":\"Deal\",\"lead_id\":\"" + lead + "\"}")
                .json().at("/data/id").asText();
        api.post(path(), body("with lead", "10:00", "11:00", ",\"lead_id\":\"" + lead + "\""));
        api.post(path(), body("with contact", "11:00", "12:00", ",\"contact_id\":\"" + contact + "\""));
        api.post(path(), body("with deal", "12:00", "13:00", ",\"opportunity_id\":\"" + opportunity + "\""));
        api.post(path(), body("theirs", "13:00", "14:00", ",\"owner\":\"someone\",\"attendees\":[\"Ann@Example.com\"]"));

        assertThat(titles("?lead_id=" + lead)).containsExactly("with lead");
        assertThat(titles("?contact_id=" + contact)).containsExactly("with contact");
        assertThat(titles("?opportunity_id=" + opportunity)).containsExactly("with deal");
        assertThat(titles("?owner=someone")).containsExactly("theirs");
        assertThat(titles("?attendee=ann@example.COM")).containsExactly("theirs");
        JsonNode bad = assertError(api.get(path() + "?attendee=nobody&contact_id=7"), 400, path());
        assertThat(ErrorFormat.fieldsInError(bad).split(" ")).containsExactlyInAnyOrder("attendee", "contact_id");
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
    void exportsCsvAndJson() {
        api.post(path(), body("=cmd", "10:00", "11:00", ",\"attendees\":[\"ann@example.com\",\"bob@example.com\"]"));

        Api.Answer csv = api.get(path() + "/export");
        JsonNode json = api.get(path() + "/export?format=json").json();

        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("calendar-events-"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\"id\",\"title\",\"description\",\"start_at\",\"end_at\",\"all_day\","
                + "\"timezone\",\"location\",\"attendees\"");
        assertThat(lines.get(1)).contains(",\"'=cmd\",\"\",\"2026-12-01T10:00:00Z\",\"2026-12-01T11:00:00Z\",\"false\","
                + "\"UTC\",\"\",\"ann@example.com;bob@example.com\",");
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("title").asText()).isEqualTo("=cmd");
    }

    @Test
    void writesPublishCalendarEventCreatedUpdatedAndDeletedMatchingTheirSchemas() {
        try (var tap = new EventTap(workspace, "crm.calendar")) {
            String id = create();
            api.put(path() + "/" + id, changedBody());
            api.delete(path() + "/" + id);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);

            assertThat(events).extracting(record -> EventTap.header(record, "ce_type"))
                    .containsExactly("calendar.event_created", "calendar.event_updated", "calendar.event_deleted");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.key()).isEqualTo(id);
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
            });
            assertThat(events.get(1).value()).contains("\"changes\":[\"title\",\"description\",\"start_at\",\"end_at\","
                    + "\"timezone\",\"location\",\"attendees\",\"reminder_minutes\"]");
        }
    }

    @Test
    void aDateTimeBeyondTheYear9999IsRefused() {
        JsonNode body = assertError(api.post(path(), """
                {"title":"T","start_at":"+300000-01-01T00:00:00Z","end_at":"+300000-01-02T00:00:00Z"}"""), 400, path());

        assertThat(ErrorFormat.fieldsInError(body).split(" ")).containsExactlyInAnyOrder("start_at", "end_at");
        assertError(api.get(path() + "?startDate=%2B300000-01-01T00:00:00Z"), 400, path());
    }
}
