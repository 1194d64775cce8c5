package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Campaigns end to end: the audience snapshotted from PostgreSQL, mail through the email queue to real SMTP. */
class CampaignsApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    private final EmbeddedSmtpServer smtp = TestServer.smtp();

    private String address(String name) {
        return name + "-" + workspace + "@acme.test";
    }

    private String campaign(String audience) {
        TestServer.baseUrl();
        Api.Answer created = api.post("/api/v1/campaigns", """
                {"name":"Spring","subject":"Spring news","template":"basic","data":{"body":"Hello"},\
                "from_name":"Acme Team","reply_to":"team@acme.test","audience":%s}""".formatted(audience));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private void send(String campaign) {
        Api.Answer sent = api.post("/api/v1/campaigns/" + campaign + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private JsonNode awaitStatus(String campaign, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode current = api.get("/api/v1/campaigns/" + campaign).json().path("data");
        while (!current.path("status").asText().equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            current = api.get("/api/v1/campaigns/" + campaign).json().path("data");
        }
        assertThat(current.path("status").asText()).as(current.toString()).isEqualTo(status);
        return current;
    }

    @Test
    void mailsTheLeadsTheFiltersChooseWithOneClickUnsubscribeHeaders() throws Exception {
        api.createLead("{\"name\":\"Jane\",\"email\":\"" + address("jane") + "\",\"status\":\"QUALIFIED\"}");
        api.createLead("{\"name\":\"Jim\",\"email\":\"" + address("jim") + "\",\"status\":\"NEW\"}");
        String campaign = campaign("{\"type\":\"leads\",\"status\":\"QUALIFIED\"}");

        send(campaign);

        awaitStatus(campaign, "sent");
        assertThat(smtp.receivedFor(address("jim"))).isEmpty();
        MimeMessage message = smtp.receivedFor(address("jane")).getFirst();
        assertThat(message.getSubject()).isEqualTo("Spring news");
        assertThat(message.getFrom()[0].toString()).startsWith("Acme Team <");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("team@acme.test");
        assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<http.*/t/u/[0-9a-f]{64}>");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void anAudienceByTagsMailsTheContactsCarryingEveryTag() throws Exception {
        api.post("/api/v1/contacts", "{\"first_name\":\"Vip\",\"email\":\"" + address("tagged-both")
                + "\",\"tags\":[\"vip\",\"eu\"]}");
        api.post("/api/v1/contacts", "{\"first_name\":\"Eu\",\"email\":\"" + address("tagged-one") + "\",\"tags\":[\"eu\"]}");
        String campaign = campaign("{\"type\":\"contacts\",\"tags\":[\"eu\",\"vip\"]}");

        send(campaign);

        awaitStatus(campaign, "sent");
        assertThat(smtp.receivedFor(address("tagged-both"))).hasSize(1);
        assertThat(smtp.receivedFor(address("tagged-one"))).isEmpty();
    }

    @Test
    void contactsChosenByIdsAreMailedAndThoseWithoutEmailSkipped() throws Exception {
        String withEmail = api.post("/api/v1/contacts", "{\"first_name\":\"Ann\",\"email\":\"" + address("ann")
                + "\"}").json().at("/data/id").asText();
        String withoutEmail = api.post("/api/v1/contacts", "{\"first_name\":\"Bob\"}").json().at("/data/id")
                .asText();
        String other = api.post("/api/v1/contacts", "{\"first_name\":\"Cy\",\"email\":\"" + address("cy") + "\"}")
                .json().at("/data/id").asText();
        assertThat(other).isNotBlank();
        String campaign = campaign("{\"type\":\"contacts\",\"ids\":[\"" + withEmail + "\",\"" + withoutEmail + "\"]}");

        send(campaign);

        awaitStatus(campaign, "sent");
        assertThat(smtp.receivedFor(address("ann"))).hasSize(1);
        assertThat(smtp.receivedFor(address("cy"))).isEmpty();
    }

    @Test
    void aSendRetriedWhileSendingMailsEachRecipientOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            api.createLead("{\"name\":\"L" + i + "\",\"email\":\"" + address("once" + i) + "\"}");
        }
        String campaign = campaign("{\"type\":\"leads\"}");

        send(campaign);
        send(campaign);
        send(campaign);

        awaitStatus(campaign, "sent");
        for (int i = 0; i < 20; i++) {
            assertThat(smtp.receivedFor(address("once" + i))).as("mail for once" + i).hasSize(1);
        }
        Api.Answer again = api.post("/api/v1/campaigns/" + campaign + "/send", "");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aCampaignSendingOrSentCannotBeEdited() throws Exception {
        api.createLead("{\"name\":\"E\",\"email\":\"" + address("edit") + "\"}");
        String campaign = campaign("{\"type\":\"leads\"}");
        send(campaign);
        awaitStatus(campaign, "sent");

        Api.Answer edited = api.put("/api/v1/campaigns/" + campaign, """
                {"name":"Changed","template":"basic","audience":{"type":"leads"}}""");

        assertThat(edited.status()).as(edited.body()).isEqualTo(409);
    }

    @Test
    void publishesCampaignEventsThatMatchTheirSchemas() throws Exception {
        api.createLead("{\"name\":\"Ev\",\"email\":\"" + address("events") + "\"}");
        try (var tap = new EventTap(workspace, "crm.campaign")) {
            String campaign = campaign("{\"type\":\"leads\"}");
            send(campaign);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 3);
            assertThat(events).extracting(event -> EventTap.header(event, "ce_type"))
                    .containsExactly("campaign.created", "campaign.updated", "campaign.sent");
            assertThat(events).allSatisfy(event -> assertThat(
                    EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty());
        }
    }

    @Test
    void campaignMailPublishesEmailEventsNamingTheCampaign() throws Exception {
        api.createLead("{\"name\":\"Src\",\"email\":\"" + address("source") + "\"}");
        try (var tap = new EventTap(workspace, "crm.email")) {
            String campaign = campaign("{\"type\":\"leads\"}");
            send(campaign);

            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 2);
            assertThat(events).extracting(event -> EventTap.header(event, "ce_type"))
                    .containsExactly("email.sent", "email.delivered");
            assertThat(events).allSatisfy(event -> {
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
                assertThat(event.value()).contains("\"source_type\":\"campaign\"")
                        .contains("\"source_id\":\"" + campaign + "\"");
            });
        }
    }

    @Test
    void aCampaignCancelledWhileSendingMailsNobodyElseAndASentOneCannotBeCancelled() throws Exception {
        int leads = 300;
        for (int i = 0; i < leads; i++) {
            api.createLead("{\"name\":\"C" + i + "\",\"email\":\"" + address("cancel" + i) + "\"}");
        }
        String campaign = campaign("{\"type\":\"leads\"}");
        send(campaign);
        Eventually.within(Duration.ofSeconds(30), () -> received("cancel", leads) > 0);

        Api.Answer cancelled = api.post("/api/v1/campaigns/" + campaign + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/data/status").asText()).isEqualTo("cancelled");
        Eventually.within(Duration.ofSeconds(30), () -> {
            JsonNode stats = api.get("/api/v1/campaigns/" + campaign + "/analytics").json().path("data");
            return stats.path("sent").asLong() + stats.path("failed").asLong() + stats.path("skipped").asLong()
                    == leads;
        });
        Thread.sleep(1_000); // time for any mail still going out to arrive
        long sent = api.get("/api/v1/campaigns/" + campaign + "/analytics").json().at("/data/sent").asLong();
        assertThat(received("cancel", leads)).isEqualTo(sent).isLessThan(leads);
        assertThat(api.get("/api/v1/campaigns/" + campaign).json().at("/data/status").asText()).isEqualTo("cancelled");

        String done = campaign("{\"type\":\"leads\",\"status\":\"LOST\"}"); // nobody: sent at once
        send(done);
        awaitStatus(done, "sent");
        ErrorFormat.assertError(api.post("/api/v1/campaigns/" + done + "/cancel", ""), 409,
                "/api/v1/campaigns/" + done + "/cancel");
    }

    /** How many of the addresses {@code prefix}0 .. {@code prefix}{@code count - 1} received mail. */
    private long received(String prefix, int count) {
        return IntStream.range(0, count)
                .filter(i -> !smtp.receivedFor(address(prefix + i)).isEmpty()).count();
    }

    @Test
    void theEmailClassAllowsTwentySendsAMinutePerUser() {
        String campaign = campaign("{\"type\":\"leads\"}");
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("/api/v1/campaigns/" + campaign + "/send", "").status()).isIn(202, 409);
        }

        Api.Answer refused = api.post("/api/v1/campaigns/" + campaign + "/send", "");

        ErrorFormat.assertError(refused, 429, "/api/v1/campaigns/" + campaign + "/send");
    }

    @Test
    void anotherWorkspacesCampaignIsNotFound() {
        String campaign = campaign("{\"type\":\"leads\"}");
        Api stranger = Api.as(TestTokens.member("ws-" + UUID.randomUUID()));

        assertThat(stranger.get("/api/v1/campaigns/" + campaign).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/campaigns/" + campaign + "/send", "").status()).isEqualTo(404);
    }

    @Test
    void aViewerCannotCreateACampaign() {
        TestServer.baseUrl();
        Api viewer = Api.as(TestTokens.withRole(workspace, "viewer"));

        Api.Answer refused = viewer.post("/api/v1/campaigns", "{\"name\":\"x\",\"template\":\"basic\","
                + "\"audience\":{\"type\":\"leads\"}}");

        assertThat(refused.status()).isEqualTo(403);
    }
}
