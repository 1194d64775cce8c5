package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A workflow's send_email, end to end: the email queue renders the template and the embedded SMTP server gets it. */
class EmailDeliveryApiTest {
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Api api = Api.as(TestTokens.member(workspace));
    private final EmbeddedSmtpServer smtp = TestServer.smtp();

    private String sendEmailWorkflow(String template, String data) {
        TestServer.baseUrl();
        Api.Answer created = api.post("/api/v1/workflows", """
                {"name":"Mail","trigger":{"type":"manual"},"steps":[{"type":"send_email","template":"%s",\
                "to":"{{lead.email}}","data":%s}]}""".formatted(template, data));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/data/id").asText();
    }

    private void execute(String workflow, String lead) {
        Api.Answer started = api.post("/api/v1/workflows/" + workflow + "/execute", "{\"lead_id\":\"" + lead + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
    }

    private MimeMessage received(String address) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (smtp.receivedFor(address).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        List<MimeMessage> messages = smtp.receivedFor(address);
        assertThat(messages).as("mail for " + address).hasSize(1);
        return messages.getFirst();
    }

    @Test
    void aWorkflowsSendEmailDeliversTheRenderedTemplateOverSmtp() throws Exception {
        String address = "jane-" + workspace + "@acme.test";
        String lead = api.createLead("{\"name\":\"Acme <Corp>\",\"email\":\"" + address + "\",\"value\":50000}");
        String workflow = sendEmailWorkflow("leadNotification", "{\"note\":\"hi\"}");

        execute(workflow, lead);

        MimeMessage message = received(address);
        assertThat(message.getSubject()).isEqualTo("New lead: Acme <Corp>");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Axolop CRM <noreply@crm.test>");
        assertThat(message.getMessageID()).endsWith("@crm.test>");
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("New lead: Acme <Corp>")
                .contains("$50,000.00").doesNotContain("<td");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("New lead: Acme &lt;Corp&gt;");
    }

    @Test
    void aSendEmailStepNamingOneOfTheWorkspacesTemplatesDeliversItRendered() throws Exception {
        String address = "custom-" + workspace + "@acme.test";
        String lead = api.createLead("{\"name\":\"Ada\",\"email\":\"" + address + "\"}");
        Api.Answer template = api.post("/api/v1/email-templates", """
                {"name":"Follow-up","subject":"News for ${lead.name}","html":"<p>Hello ${lead.name}, ${note}</p>"}""");
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String workflow = sendEmailWorkflow(template.json().at("/data/id").asText(), "{\"note\":\"see you\"}");

        execute(workflow, lead);

        MimeMessage message = received(address);
        assertThat(message.getSubject()).isEqualTo("News for Ada");
        assertThat((String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent())
                .contains("<p>Hello Ada, see you</p>");
    }

    @Test
    void theWelcomeTemplateTakesTheStepsData() throws Exception {
        String address = "john-" + workspace + "@acme.test";
        String lead = api.createLead("{\"name\":\"John\",\"email\":\"" + address + "\"}");
        String workflow = sendEmailWorkflow("welcome", "{\"firstName\":\"John\",\"companyName\":\"Axolop\","
                + "\"getStartedLink\":\"https://app.axolop.com/start\"}");

        execute(workflow, lead);

        MimeMessage message = received(address);
        assertThat(message.getSubject()).isEqualTo("Welcome to Axolop");
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("Welcome, John!").contains("Get started (https://app.axolop.com/start)");
    }

    @Test
    void publishesEmailSentAndDeliveredWithTheMessageId() throws Exception {
        String address = "events-" + workspace + "@acme.test";
        String lead = api.createLead("{\"name\":\"Events\",\"email\":\"" + address + "\"}");
        String workflow = sendEmailWorkflow("basic", "{\"body\":\"Hello\"}");
        try (var tap = new EventTap(workspace, "crm.email")) {
            execute(workflow, lead);

            String messageId = received(address).getMessageID();
            List<ConsumerRecord<String, String>> events = tap.awaitUntil(seen -> seen.size() >= 2);
            assertThat(events).extracting(event -> EventTap.header(event, "ce_type"))
                    .containsExactly("email.sent", "email.delivered");
            assertThat(events).allSatisfy(event -> {
                assertThat(EventSchemas.violations(EventTap.header(event, "ce_type"), event.value())).isEmpty();
                assertThat(event.value()).contains("\"message_id\":\"" + messageId + "\"").contains("\"to\":\"" + address + "\"");
            });
        }
    }

    @Test
    void anEmailJobRunsAheadOfCampaignMailOnTheEmailQueue() throws Exception {
        String address = "priority-" + workspace + "@acme.test";
        String lead = api.createLead("{\"name\":\"P\",\"email\":\"" + address + "\"}");
        execute(sendEmailWorkflow("basic", "{}"), lead);
        received(address);

        // The message arrives before its job's completion commits: wait for that.
        var admin = Api.as(TestTokens.withRole(workspace, "admin"));
        var jobs = admin.get("/api/v1/queues/email/jobs?state=completed").json();
        for (int i = 0; i < 100 && jobs.at("/data/0").isMissingNode(); i++) {
            Thread.sleep(50);
            jobs = admin.get("/api/v1/queues/email/jobs?state=completed").json();
        }
        assertThat(jobs.at("/data/0/priority").asInt()).isEqualTo(2);
        assertThat(jobs.at("/data/0/type").asText()).isEqualTo("send");
    }
}
