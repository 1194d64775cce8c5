package com.axolop.crm.application.email;

/** Hands a message to the mail server. */
public interface Mailer {
    /**
     * Returns the Message-ID the message went out with once the server accepted it; throws
     * {@link MailDeliveryException} when it did not.
     */
    String send(OutgoingEmail email);
}
