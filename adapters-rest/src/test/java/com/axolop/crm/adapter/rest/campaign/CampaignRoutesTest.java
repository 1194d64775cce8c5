package com.axolop.crm.adapter.rest.campaign;

import static com.axolop.crm.adapter.rest.ErrorFormat.assertError;
import static com.axolop.crm.adapter.rest.ErrorFormat.fieldsInError;
import static com.axolop.crm.adapter.rest.ErrorFormat.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.rest.RecordRoutesContract;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/campaigns}: the record contract, the body's validation, the audience's, send and cancel (over fakes). */
class CampaignRoutesTest extends RecordRoutesContract {
    CampaignRoutesTest(DirectClient client) {
        super(client);
    }

    @Override
    public String path() {
        return "/api/v1/campaigns";
    }

    @Override
    public String validBody() {
        return "{\"name\":\"Spring\",\"template\":\"basic\",\"data\":{\"body\":\"Hi\"},"
                + "\"audience\":{\"type\":\"leads\",\"status\":\"NEW\"}}";
    }

    @Override
    public String changedBody() {
        return "{\"name\":\"Spring 2\",\"subject\":\"News\",\"template\":\"welcome\",\"from_name\":\"Axolop\","
                + "\"reply_to\":\"team@acme.test\",\"audience\":{\"type\":\"contacts\",\"q\":\"acme\"}}";
    }

    @Test
    void aNewCampaignIsADraftWithItsAudienceAsGiven() {
        JsonNode created = api.post(path(), validBody()).data();

        assertThat(created.path("status").asText()).isEqualTo("draft");
        assertThat(created.path("audience").toString()).isEqualTo("{\"type\":\"leads\",\"status\":\"NEW\"}");
        assertThat(created.path("data").path("body").asText()).isEqualTo("Hi");
    }

    @Test
    void requiresNameTemplateAndAudienceReportingEachMissingOne() {
        JsonNode body = assertError(api.post(path(), "{\"subject\":5}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("name", "subject", "template", "audience");
    }

    @Test
    void reportsEveryBadAudienceFieldAtOnce() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"template\":\"basic\",\"audience\":"
                + "{\"type\":\"leads\",\"status\":\"NOPE\",\"tags\":[\" \"],\"ids\":[\"x\"],\"q\":\"\"}}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("audience.status", "audience.tags",
                "audience.ids", "audience.q");
    }

    @Test
    void anAudienceTakesTheListsTagsFilter() {
        JsonNode created = api.post(path(), "{\"name\":\"x\",\"template\":\"basic\",\"audience\":"
                + "{\"type\":\"contacts\",\"tags\":[\"vip\",\"eu\"]}}").data();

        assertThat(created.path("audience").toString()).isEqualTo("{\"type\":\"contacts\",\"tags\":[\"vip\",\"eu\"]}");
    }

    @Test
    void anAudienceIsOfLeadsOrContacts() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"template\":\"basic\",\"audience\":"
                + "{\"type\":\"deals\"}}"), 400, path());

        assertThat(messageFor(body, "audience.type")).isEqualTo("audience.type must be leads or contacts");
    }

    @Test
    void contactAudiencesTakeTheContactListsFilters() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"template\":\"basic\",\"audience\":"
                + "{\"type\":\"contacts\",\"status\":\"NEW\",\"lead_id\":\"nope\"}}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("audience.status", "audience.lead_id");
    }

    @Test
    void theTemplateIsABaseOneOrOneOfTheWorkspaces() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"template\":\"nope\",\"audience\":"
                + "{\"type\":\"leads\"}}"), 400, path());

        assertThat(messageFor(body, "template")).startsWith("template must be a base template (basic, invoice");
    }

    @Test
    void badReplyToAndScheduledAtAre400s() {
        JsonNode body = assertError(api.post(path(), "{\"name\":\"x\",\"template\":\"basic\",\"reply_to\":\"no\","
                + "\"scheduled_at\":\"tomorrow\",\"audience\":{\"type\":\"leads\"}}"), 400, path());

        assertThat(fieldsInError(body)).containsExactlyInAnyOrder("reply_to", "scheduled_at");
    }

    @Test
    void sendAnswers202AndTheCampaignIsSending() {
        String id = create();

        var sent = api.post(path() + "/" + id + "/send", "");

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.data().path("status").asText()).isEqualTo("sending");
    }

    @Test
    void aCampaignThatIsSendingCannotBeEdited() {
        String id = create();
        api.post(path() + "/" + id + "/send", "");

        assertError(api.put(path() + "/" + id, changedBody()), 409, path() + "/" + id);
        assertError(api.delete(path() + "/" + id), 409, path() + "/" + id);
    }

    @Test
    void aCampaignScheduledLaterIsScheduled() {
        String id = api.post(path(), "{\"name\":\"Later\",\"template\":\"basic\",\"scheduled_at\":"
                + "\"2099-01-01T00:00:00Z\",\"audience\":{\"type\":\"leads\"}}").data().path("id").asText();

        assertThat(api.post(path() + "/" + id + "/send", "").data().path("status").asText()).isEqualTo("scheduled");
    }

    @Test
    void aViewerCannotSend() {
        String id = create();

        assertError(withRole("viewer").post(path() + "/" + id + "/send", ""), 403, path() + "/" + id + "/send");
    }

    @Test
    void sendingAnUnknownCampaignIs404AndOnlyPostSends() {
        assertError(api.post(path() + "/0190a000-0000-7000-8000-000000000000/send", ""), 404,
                path() + "/0190a000-0000-7000-8000-000000000000/send");
        assertThat(api.get(path() + "/" + create() + "/send").status()).isEqualTo(405);
    }

    @Test
    void cancellingASendingCampaignAnswersItCancelledAndThenItCannotBeSentOrEdited() {
        String id = create();
        api.post(path() + "/" + id + "/send", "");

        var cancelled = api.post(path() + "/" + id + "/cancel", "");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.data().path("status").asText()).isEqualTo("cancelled");
        assertThat(api.post(path() + "/" + id + "/cancel", "").data().path("status").asText())
                .isEqualTo("cancelled");
        assertError(api.post(path() + "/" + id + "/send", ""), 409, path() + "/" + id + "/send");
        assertError(api.put(path() + "/" + id, changedBody()), 409, path() + "/" + id);
        assertThat(api.get(path() + "?status=cancelled").data().path(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void aDraftCanBeCancelledButNotByAViewerAndAnUnknownCampaignIs404() {
        String id = create();

        assertError(withRole("viewer").post(path() + "/" + id + "/cancel", ""), 403, path() + "/" + id + "/cancel");
        assertThat(api.post(path() + "/" + id + "/cancel", "").data().path("status").asText()).isEqualTo("cancelled");
        assertError(api.post(path() + "/0190a000-0000-7000-8000-000000000000/cancel", ""), 404,
                path() + "/0190a000-0000-7000-8000-000000000000/cancel");
        assertThat(api.get(path() + "/" + id + "/cancel").status()).isEqualTo(405);
    }

    @Test
    void analyticsOfADraftAreZeroesAndOfAnUnknownCampaignA404() {
        JsonNode stats = api.get(path() + "/" + create() + "/analytics").data();

        assertThat(stats.path("recipients").asLong()).isZero();
        assertThat(stats.path("open_rate").asDouble()).isZero();
        assertThat(stats.path("links").isArray()).isTrue();
        assertError(api.get(path() + "/0190a000-0000-7000-8000-000000000000/analytics"), 404,
                path() + "/0190a000-0000-7000-8000-000000000000/analytics");
    }

    @Test
    void unknownTrackingTokensAre404s() {
        assertThat(api.get("/t/o/unknown").status()).isEqualTo(404);
        assertThat(api.get("/t/c/unknown?l=0").status()).isEqualTo(404);
        assertThat(api.post("/t/u/unknown", "").status()).isEqualTo(404);
    }
}
