package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The public links of campaign mail, read from the mail the embedded SMTP server received. */
class CampaignTrackingApiTest {
    private static final Pattern TRACKED = Pattern.compile("https?://[^/\"]+(/t/[oc]/[0-9a-f]{64}(\\?l=\\d+)?)");

    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    private final Api anonymous = Api.anonymous();
    private final EmbeddedSmtpServer smtp = TestServer.smtp();

    private String address(String name) {
        return name + "-" + workspace + "@acme.test";
    }

    /** Sends a campaign with a link to every lead of the workspace and waits until it is sent. */
    private String sendCampaign() throws InterruptedException {
        TestServer.baseUrl();
        String template = api.post("/api/v1/email-templates", """
                {"name":"Offer","subject":"Offer","html":"<p>See <a href=\\"https://shop.acme.test/offer?a=1&b=2\\">\
                the offer</a></p>"}""").json().at("/data/id").asText();
        String campaign = api.post("/api/v1/campaigns", """
                {"name":"Offer","template":"%s","audience":{"type":"leads"}}""".formatted(template))
                .json().at("/data/id").asText();
        assertThat(api.post("/api/v1/campaigns/" + campaign + "/send", "").status()).isEqualTo(202);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!api.get("/api/v1/campaigns/" + campaign).json().at("/data/status").asText().equals("sent")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return campaign;
    }

    /** The paths of the mail's tracked links: the pixel first, then each link. */
    private static List<String> trackedPaths(MimeMessage message) throws Exception {
        String html = (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        Matcher matcher = TRACKED.matcher(html);
        List<String> paths = new ArrayList<>();
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths.stream().sorted((a, b) -> a.startsWith("/t/o/") ? -1 : b.startsWith("/t/o/") ? 1 : 0)
                .toList();
    }

    private static String unsubscribePath(MimeMessage message) throws Exception {
        String header = message.getHeader("List-Unsubscribe")[0];
        return header.substring(header.indexOf("/t/u/"), header.length() - 1);
    }

    @Test
    void theLinkRedirectsOnlyToItsStoredUrlAndThePixelIsANoStoreGif() throws Exception {
        api.createLead("{\"name\":\"Jane\",\"email\":\"" + address("jane") + "\"}");
        sendCampaign();
        List<String> paths = trackedPaths(smtp.receivedFor(address("jane")).getFirst());
        assertThat(paths).hasSize(2);

        Api.Answer pixel = anonymous.get(paths.get(0));
        Api.Answer click = anonymous.get(paths.get(1) + "&url=https://evil.test/");

        assertThat(pixel.status()).isEqualTo(200);
        assertThat(pixel.response().headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(pixel.response().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(click.status()).isEqualTo(302);
        assertThat(click.response().headers().firstValue("Location")).contains("https://shop.acme.test/offer?a=1&b=2");
    }

    @Test
    void unknownTokensAndLinksArePlain404s() throws Exception {
        api.createLead("{\"name\":\"Jim\",\"email\":\"" + address("jim") + "\"}");
        sendCampaign();
        String click = trackedPaths(smtp.receivedFor(address("jim")).getFirst()).get(1);
        String token = click.substring("/t/c/".length(), click.indexOf('?'));

        assertThat(anonymous.get("/t/c/" + token + "?l=7").status()).isEqualTo(404);
        assertThat(anonymous.get("/t/c/" + token + "?l=x").status()).isEqualTo(404);
        assertThat(anonymous.get("/t/o/" + "0".repeat(64)).status()).isEqualTo(404);
        assertThat(anonymous.get("/t/c/" + "0".repeat(64) + "?l=0").status()).isEqualTo(404);
        assertThat(anonymous.post("/t/u/" + "0".repeat(64), "").status()).isEqualTo(404);
    }

    @Test
    void opensAndClicksArePublishedOncePerRecipient() throws Exception {
        api.createLead("{\"name\":\"Ann\",\"email\":\"" + address("ann") + "\"}");
        try (var tap = new EventTap(workspace, "crm.email")) {
            sendCampaign();
            List<String> paths = trackedPaths(smtp.receivedFor(address("ann")).getFirst());

            for (int i = 0; i < 3; i++) {
                anonymous.get(paths.get(0));
                anonymous.get(paths.get(1));
            }

            // The template's event comes too, keyed apart; every open and click after the first adds no event.
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 5);
            var polls = new AtomicInteger();
            List<String> types = tap.awaitUntil(seen -> polls.incrementAndGet() > 10).stream()
                    .map(event -> EventTap.header(event, "ce_type"))
                    .filter(type -> !type.equals("email.template_created")).toList();
            assertThat(types).containsExactly("email.sent", "email.delivered", "email.opened", "email.clicked");
            assertThat(events).allSatisfy(event -> assertThat(
                    EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty());
        }
    }

    @Test
    void anUnsubscribedAddressIsSkippedByTheNextCampaign() throws Exception {
        api.createLead("{\"name\":\"Bo\",\"email\":\"" + address("bo") + "\"}");
        sendCampaign();
        String unsubscribe = unsubscribePath(smtp.receivedFor(address("bo")).getFirst());

        Api.Answer oneClick = anonymous.send("POST", unsubscribe,
                HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(oneClick.status()).isEqualTo(200);
        sendCampaign();

        assertThat(smtp.receivedFor(address("bo"))).hasSize(1);
    }

    @Test
    void analyticsCountOpensAndClicksOncePerUniqueRecipient() throws Exception {
        api.createLead("{\"name\":\"A\",\"email\":\"" + address("a") + "\"}");
        api.createLead("{\"name\":\"B\",\"email\":\"" + address("b") + "\"}");
        api.createLead("{\"name\":\"No email\"}");
        String campaign = sendCampaign();
        List<String> first = trackedPaths(smtp.receivedFor(address("a")).getFirst());
        List<String> second = trackedPaths(smtp.receivedFor(address("b")).getFirst());
        anonymous.get(first.get(0));
        anonymous.get(first.get(0));
        anonymous.get(first.get(1));
        anonymous.get(first.get(1));
        anonymous.get(second.get(0));

        JsonNode stats = api.get("/api/v1/campaigns/" + campaign + "/analytics").json().path("data");

        assertThat(stats.path("recipients").asLong()).isEqualTo(3);
        assertThat(stats.path("sent").asLong()).isEqualTo(2);
        assertThat(stats.path("delivered").asLong()).isEqualTo(2);
        assertThat(stats.path("skipped").asLong()).isEqualTo(1);
        assertThat(stats.path("opened").asLong()).isEqualTo(3);
        assertThat(stats.path("unique_opens").asLong()).isEqualTo(2);
        assertThat(stats.path("clicked").asLong()).isEqualTo(2);
        assertThat(stats.path("unique_clicks").asLong()).isEqualTo(1);
        assertThat(stats.path("open_rate").asDouble()).isEqualTo(1.0);
        assertThat(stats.path("click_rate").asDouble()).isEqualTo(0.5);
        assertThat(stats.path("click_to_open_rate").asDouble()).isEqualTo(0.5);
        assertThat(stats.path("links").toString()).contains("\"url\":\"https://shop.acme.test/offer?a=1&b=2\"")
                .contains("\"clicks\":2").contains("\"unique_clicks\":1");
    }
}
