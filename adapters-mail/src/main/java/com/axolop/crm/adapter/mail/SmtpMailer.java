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
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends over SMTP (Jakarta Mail / Angus): multipart/alternative with the plain text first and the HTML last (the
 * part a client prefers), the Message-ID derived from the email's id so every try of one email carries the same.
 */
public final class SmtpMailer implements Mailer {
    private static final String TIMEOUT_MS = "10000";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final SmtpSettings settings;
    private final InternetAddress from;

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
    public String send(OutgoingEmail email) {
        String messageId = messageId(email);
        try {
            MimeMessage message = new FixedIdMessage(session, messageId);
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
            Transport.send(message, settings.user(), settings.password());
            return messageId;
        } catch (SendFailedException e) {
            // The server refused the recipient: another try would be refused too.
            throw new MailDeliveryException("The mail server refused the message: " + e.getMessage(), true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailDeliveryException("Could not hand the message to " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), false, e);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        var part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    /** Keeps the Message-ID it was given, where MimeMessage would make a new one on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
