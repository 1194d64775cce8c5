package com.axolop.crm.application.email;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A mailer that keeps what it was given, or fails the way it is told to. */
public final class RecordingMailer implements Mailer {
    private final List<OutgoingEmail> sent = new ArrayList<>();
    private MailDeliveryException failure;
    private boolean answersLost;

    @Override
    public synchronized String send(OutgoingEmail email, Consumer<String> handingOver) {
        if (failure != null) {
            throw failure;
        }
        String messageId = "<" + email.id() + "@test>";
        handingOver.accept(messageId);
        sent.add(email);
        if (answersLost) {
            throw new MailDeliveryException("connection reset after the end of data", false, null);
        }
        return messageId;
    }

    public synchronized List<OutgoingEmail> sent() {
        return List.copyOf(sent);
    }

    /** Every send from now on fails: permanently (refused) or not (server away). */
    public synchronized void failWith(boolean permanent) {
        failure = new MailDeliveryException(permanent ? "550 no such user" : "connection refused", permanent, null);
    }

    /** From now on the server gets every whole message, but the connection drops before its answer is read. */
    public synchronized void loseAnswers() {
        answersLost = true;
    }
}
