package com.axolop.crm.adapter.mail;

import java.util.Objects;

/**
 * Where mail goes: an SMTP server, its login ({@code user} null: none) and how it is secured; {@code from} is the
 * sender as RFC 5322 text ({@code Axolop CRM <noreply@example.com>}).
 */
public record SmtpSettings(String host, int port, String user, String password, Security security, String from) {
    /** none: plain SMTP; starttls: upgraded after connecting, required; tls: TLS from the first byte. */
    public enum Security { NONE, STARTTLS, TLS }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
    }
}
