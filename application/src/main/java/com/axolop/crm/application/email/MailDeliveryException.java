package com.axolop.crm.application.email;

/**
 * The mail server did not accept a message. {@code permanent}: it refused it for good (a bad address), so another
 * try would not help; otherwise (server away, busy) a later try may.
 */
public final class MailDeliveryException extends RuntimeException {
    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
