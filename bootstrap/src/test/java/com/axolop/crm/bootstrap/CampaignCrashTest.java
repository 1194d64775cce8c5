package com.axolop.crm.bootstrap;

import static com.axolop.crm.bootstrap.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An instance sending a campaign is killed (SIGKILL) while its email workers wait for the server's answer to mail the
 * server already took (a relay in front of the embedded SMTP server withholds those answers after the first 10
 * messages): a second instance finishes the campaign, and the embedded server received exactly one message per
 * recipient. The instances work on a database of their own, so the shared test server's workers cannot take the jobs.
 */
class CampaignCrashTest {
    private static final int LEADS = 60;
    private final String workspace = "ws-" + UUID.randomUUID();
    private final EmbeddedSmtpServer smtp = TestServer.smtp();

    private String address(int i) {
        return "r" + i + "-" + workspace + "@acme.test";
    }

    @Test
    void aCampaignWhoseInstanceIsKilledAfterTheServerTookMailMailsEveryRecipientExactlyOnce() throws Exception {
        String url = CrashableInstance.newDatabase();
        Api api = Api.as(TestTokens.member(workspace));
        String campaign;
        List<String> handedOver;
        try (SmtpRelay relay = new SmtpRelay(smtp.smtpPort(), 10)) {
            Process child = CrashableInstance.start(url, "SMTP_HOST=127.0.0.1", "SMTP_PORT=" + relay.port(),
                    "MAIL_FROM=Axolop CRM <noreply@crm.test>");
            try {
                Api onChild = api.on("http://localhost:" + CrashableInstance.port(child));
                for (int i = 0; i < LEADS; i++) {
                    onChild.createLead("{\"name\":\"R" + i + "\",\"email\":\"" + address(i) + "\"}");
                }
                Api.Answer created = onChild.post("/api/v1/campaigns", """
                        {"name":"Crash","subject":"Crash news","template":"basic","data":{"body":"Hi"},\
                        "audience":{"type":"leads"}}""");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                campaign = created.json().at("/data/id").asText();
                assertThat(onChild.post("/api/v1/campaigns/" + campaign + "/send", "").status()).isEqualTo(202);
                within(Duration.ofSeconds(60), () -> !handedOver(url, campaign).isEmpty());
                Thread.sleep(500); // the other workers reach their own end of data
                handedOver = handedOver(url, campaign);
                child.destroyForcibly().waitFor(); // SIGKILL: no drain, the workers' jobs stay leased
            } finally {
                child.destroyForcibly();
            }
        }
        assertThat(received()).as("killed mid-campaign").isLessThan(LEADS);
        assertThat(handedOver).as("mail the server took while its worker never heard so")
                .isNotEmpty().allSatisfy(to -> assertThat(smtp.receivedFor(to)).hasSize(1));

        try (Application resumer = TestServer.start(Map.of("DATABASE_URL", url, "JOB_LEASE_SECONDS", "3",
                "KAFKA_BOOTSTRAP_SERVERS", ""))) {
            Api again = api.on(TestServer.url(resumer));
            within(Duration.ofSeconds(90), () -> again.get("/api/v1/campaigns/" + campaign).json()
                    .at("/data/status").asText().equals("sent"));
        }
        IntStream.range(0, LEADS).forEach(i -> assertThat(smtp.receivedFor(address(i)))
                .as("mail for " + address(i)).hasSize(1));
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement sql = db.createStatement()) {
            assertThat(CrashableInstance.number(sql, "select count(*) from campaign_recipients where state = 'SENT'"))
                    .isEqualTo(LEADS);
            assertThat(CrashableInstance.number(sql,
                    "select count(*) from outbox_events where event_type = 'email.sent'")).isEqualTo(LEADS);
        }
    }

    /** How many of this test's recipients the SMTP server received mail for. */
    private long received() {
        return IntStream.range(0, LEADS).filter(i -> !smtp.receivedFor(address(i)).isEmpty()).count();
    }

    /** The addresses of the campaign's recipients handed over to the server and not finished. */
    private static List<String> handedOver(String url, String campaign) {
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); PreparedStatement select = db.prepareStatement(
                "select email from campaign_recipients where campaign_id = ?::uuid and state = 'HANDED_OVER'")) {
            select.setString(1, campaign);
            try (var rows = select.executeQuery()) {
                var emails = new ArrayList<String>();
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
                return emails;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
