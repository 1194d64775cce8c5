package com.axolop.crm.application.email;

import java.util.function.Consumer;

/** Hands a message to the mail server. */
public interface Mailer {
    /**
     * Returns the Message-ID the message went out with once the server accepted it; throws
     * {@link MailDeliveryException} when it did not.
     */
    default String send(OutgoingEmail email) {
        return send(email, messageId -> { });
    }

    /**
     * As {@link #send(OutgoingEmail)}, running {@code handingOver} with the Message-ID once the server has the whole
     * message and just before the end of data that commits the server to it: a message cut off before that point is
     * discarded by the server. When {@code handingOver} throws, the message is abandoned there and its exception
     * thrown as it is. A failure after it ran with no answer from the server leaves the outcome unknown: the
     * message is not sent again on another connection, and the exception is not permanent.
     */
    String send(OutgoingEmail email, Consumer<String> handingOver);
}
