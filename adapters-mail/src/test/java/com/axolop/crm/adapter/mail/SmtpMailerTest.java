package com.axolop.crm.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.email.MailDeliveryException;
import com.axolop.crm.application.email.OutgoingEmail;
import com.axolop.crm.application.email.RenderedEmail;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import com.axolop.crm.domain.shared.EmailAddress;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SMTP sender against a real (embedded) mail server: the test reads what the server received. */
class SmtpMailerTest {
    private static EmbeddedSmtpServer server;
    private static SmtpMailer mailer;
    private static final RenderedEmail CONTENT = new RenderedEmail("Héllo", "<p>Hi <b>Jane</b></p>", "Hi Jane\n");

    @BeforeAll
    static void start() {
        server = EmbeddedSmtpServer.startOnFreePorts();
        mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", server.smtpPort(), null, null,
                SmtpSettings.Security.NONE, "Axolop CRM <noreply@crm.example>"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static MimeMessage sendTo(String to, String unsubscribeUrl) throws Exception {
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress(to), null, null, CONTENT, unsubscribeUrl);
        String messageId = mailer.send(email);
        assertThat(messageId).isEqualTo("<" + email.id() + "@crm.example>");
        return server.receivedFor(to).getFirst();
    }

    @Test
    void sendsMultipartAlternativeWithThePlainTextFirstAndTheHtmlLast() throws Exception {
        MimeMessage message = sendTo("parts@acme.test", null);

        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(((String) text.getContent()).strip()).isEqualTo("Hi Jane");
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getContent()).isEqualTo("<p>Hi <b>Jane</b></p>");
        assertThat(message.getSubject()).isEqualTo("Héllo");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Axolop CRM <noreply@crm.example>");
    }

    @Test
    void theMessageIdIsTheEmailsIdUnderTheSendersDomain() throws Exception {
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress("id@acme.test"), null, null, CONTENT, null);

        mailer.send(email);

        assertThat(server.receivedFor("id@acme.test").getFirst().getMessageID())
                .isEqualTo("<" + email.id() + "@crm.example>");
    }

    @Test
    void campaignMailCarriesOneClickUnsubscribeHeaders() throws Exception {
        MimeMessage message = sendTo("campaign@acme.test", "https://crm.example/t/u/tok123");

        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://crm.example/t/u/tok123>");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void transactionalMailHasNoUnsubscribeHeaders() throws Exception {
        MimeMessage message = sendTo("transactional@acme.test", null);

        assertThat(message.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void aCampaignsSenderNameAndReplyToAreUsed() throws Exception {
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress("named@acme.test"), "Jane at Acme",
                new EmailAddress("jane@acme.test"), CONTENT, null);

        mailer.send(email);

        MimeMessage message = server.receivedFor("named@acme.test").getFirst();
        assertThat(message.getFrom()[0].toString()).isEqualTo("Jane at Acme <noreply@crm.example>");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("jane@acme.test");
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedWithoutLosingTheMessage() throws Exception {
        try (var own = EmbeddedSmtpServer.startOnFreePorts()) {
            var sender = new SmtpMailer(new SmtpSettings("127.0.0.1", own.smtpPort(), null, null,
                    SmtpSettings.Security.NONE, "noreply@crm.example"));
            sender.send(new OutgoingEmail(UUID.randomUUID(), new EmailAddress("first@acme.test"), null, null, CONTENT,
                    null));
            own.restart(); // the connection kept open for the next message is gone

            sender.send(new OutgoingEmail(UUID.randomUUID(), new EmailAddress("second@acme.test"), null, null,
                    CONTENT, null));

            assertThat(own.receivedFor("second@acme.test")).hasSize(1);
        }
    }

    @Test
    void anUnreachableServerIsATransientFailure() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var away = new SmtpMailer(new SmtpSettings("127.0.0.1", closedPort, null, null, SmtpSettings.Security.NONE,
                "noreply@crm.example"));
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress("x@acme.test"), null, null, CONTENT, null);

        assertThatThrownBy(() -> away.send(email)).isInstanceOfSatisfying(MailDeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void theHandOverRunsWithTheMessageIdWhenTheServerHasTheWholeMessageButHasNotTakenItYet() {
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress("handover@acme.test"), null, null, CONTENT,
                null);
        var receivedAtHandOver = new ArrayList<Integer>();
        var handedOverAs = new ArrayList<String>();

        String messageId = mailer.send(email, id -> {
            handedOverAs.add(id);
            receivedAtHandOver.add(server.receivedFor("handover@acme.test").size());
        });

        assertThat(handedOverAs).containsExactly(messageId);
        assertThat(receivedAtHandOver).containsExactly(0);
        assertThat(server.receivedFor("handover@acme.test")).hasSize(1);
    }

    @Test
    void aMessageAbandonedAtItsHandOverNeverReachesTheServerAndTheMailerGoesOn() {
        var email = new OutgoingEmail(UUID.randomUUID(), new EmailAddress("abandoned@acme.test"), null, null, CONTENT,
                null);
        var abandon = new IllegalStateException("no longer pending");

        assertThatThrownBy(() -> mailer.send(email, id -> {
            throw abandon;
        })).isSameAs(abandon);

        assertThat(server.receivedFor("abandoned@acme.test")).isEmpty();
        mailer.send(new OutgoingEmail(UUID.randomUUID(), new EmailAddress("after@acme.test"), null, null, CONTENT,
                null));
        assertThat(server.receivedFor("after@acme.test")).hasSize(1);
        assertThat(server.receivedFor("abandoned@acme.test")).isEmpty();
    }
}
