package com.axolop.crm.devinfra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/**
 * An in-JVM mail server (GreenMail): SMTP receives whatever the service sends, IMAP lets a mail client (or a test)
 * read it. It accepts any login, and a message for an address lands in that address's mailbox; IMAP logs in as the
 * address with any password. Nothing is kept on disk.
 */
public final class EmbeddedSmtpServer implements AutoCloseable {
    private final GreenMail mail;

    private EmbeddedSmtpServer(int smtpPort, int imapPort) {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    public static EmbeddedSmtpServer startOnFreePorts() {
        return startOn(freePort(), freePort());
    }

    public static EmbeddedSmtpServer startOn(int smtpPort, int imapPort) {
        EmbeddedSmtpServer server = new EmbeddedSmtpServer(smtpPort, imapPort);
        server.mail.start();
        return server;
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public int imapPort() {
        return mail.getImap().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(mail.getReceivedMessages());
    }

    /** The messages received for {@code address}, oldest first. */
    public List<MimeMessage> receivedFor(String address) {
        return List.of(mail.getReceivedMessagesForDomain(address));
    }

    /** Waits until at least {@code count} messages arrived in all; false when {@code timeout} passed first. */
    public boolean awaitMessages(int count, Duration timeout) {
        return mail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Forgets every received message. */
    public void clear() {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not clear the mailboxes", e);
        }
    }

    /** Stops and starts again on the same ports, empty: every connection a client held is dropped. */
    public void restart() {
        mail.reset();
    }

    @Override
    public void close() {
        mail.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
