package com.axolop.crm.adapter.mail;

import com.axolop.crm.application.email.MailDeliveryException;
import com.axolop.crm.application.email.Mailer;
import com.axolop.crm.application.email.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;

/**
 * Sends over SMTP (Jakarta Mail / Angus): multipart/alternative with the plain text first and the HTML last (the
 * part a client prefers), the Message-ID derived from the email's id so every try of one email carries the same.
 * Connections are kept open between messages (a connection and its greeting cost more than a message): one
 * idle longer than {@link #MAX_IDLE} is closed rather than reused, and a message that fails on a reused
 * connection (the server may have dropped it) is sent once more on a new one, unless it was handed over (the
 * server may have it: a second copy could reach the recipient).
 */
public final class SmtpMailer implements Mailer {
    private static final String TIMEOUT_MS = "10000";
    static final Duration MAX_IDLE = Duration.ofSeconds(20);
    private static final int MAX_POOLED = 32;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final SmtpSettings settings;
    private final InternetAddress from;
    private final Deque<Pooled> idle = new ConcurrentLinkedDeque<>();

    private record Pooled(Transport transport, long idleSince) {
    }

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a valid sender address: " + settings.from(), e);
        }
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(SmtpSettings settings) {
        var props = new Properties();
        String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return props;
    }

    /** The domain of the sender's address: Message-IDs are made unique under it. */
    String messageId(OutgoingEmail email) {
        String address = from.getAddress();
        return "<" + email.id() + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }

    @Override
    public String send(OutgoingEmail email, Consumer<String> handingOver) {
        String messageId = messageId(email);
        var message = new FixedIdMessage(session, messageId, handingOver);
        try {
            message.setFrom(email.fromName() == null ? from
                    : new InternetAddress(from.getAddress(), email.fromName(), UTF_8));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to().value()));
            if (email.replyTo() != null) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(email.replyTo().value())});
            }
            message.setSubject(email.content().subject(), UTF_8);
            message.setSentDate(new Date());
            for (var header : email.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            var body = new MimeMultipart("alternative");
            body.addBodyPart(part(email.content().text(), "plain"));
            body.addBodyPart(part(email.content().html(), "html"));
            message.setContent(body);
            message.saveChanges();
            send(message);
            return messageId;
        } catch (SendFailedException e) {
            // The server refused the recipient or the message: another try would be refused too.
            throw new MailDeliveryException("The mail server refused the message: " + e.getMessage(), true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            if (message.abandonedBy != null) {
                throw message.abandonedBy;
            }
            throw new MailDeliveryException("Could not hand the message to " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), false, e);
        }
    }

    private void send(FixedIdMessage message) throws MessagingException {
        Pooled pooled = reusable();
        if (pooled != null) {
            try {
                deliver(pooled.transport(), message);
                return;
            } catch (SendFailedException refused) {
                throw refused;
            } catch (MessagingException dropped) {
                if (message.handedOver || message.abandonedBy != null) {
                    throw dropped;
                }
                // The server may have closed it while it sat idle: once more, on a new connection.
            }
        }
        Transport transport = session.getTransport();
        transport.connect(settings.user(), settings.password());
        deliver(transport, message);
    }

    /** Sends on {@code transport}, then pools it again unless the connection itself failed. */
    private void deliver(Transport transport, MimeMessage message) throws MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException refused) {
            release(transport);
            throw refused;
        } catch (MessagingException e) {
            close(transport);
            throw e;
        }
        release(transport);
    }

    private Pooled reusable() {
        for (Pooled pooled = idle.pollFirst(); pooled != null; pooled = idle.pollFirst()) {
            if (System.nanoTime() - pooled.idleSince() < MAX_IDLE.toNanos()) {
                return pooled;
            }
            close(pooled.transport());
        }
        return null;
    }

    private void release(Transport transport) {
        if (idle.size() < MAX_POOLED) {
            idle.offerFirst(new Pooled(transport, System.nanoTime()));
        } else {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // It is being dropped anyway.
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        var part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    /**
     * Keeps the Message-ID it was given, where MimeMessage would make a new one on every save, and runs the sender's
     * hand-over once it is written out: the transport writes the end of data (DATA's final "." or the last BDAT)
     * right after, so what runs here runs while the server can still discard the message.
     */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;
        private final Consumer<String> handingOver;
        private boolean handedOver;
        private RuntimeException abandonedBy;

        FixedIdMessage(Session session, String messageId, Consumer<String> handingOver) {
            super(session);
            this.messageId = messageId;
            this.handingOver = handingOver;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
            super.writeTo(out, ignoreList);
            try {
                handingOver.accept(messageId);
            } catch (RuntimeException e) {
                abandonedBy = e;
                // An I/O failure makes the transport drop the connection before the end of data.
                throw new IOException("The message was abandoned before its end of data", e);
            }
            handedOver = true;
        }
    }
}
