package com.axolop.crm.application.email;

import java.util.ArrayList;
import java.util.List;

/** A mailer that keeps what it was given, or fails the way it is told to. */
public final class RecordingMailer implements Mailer {
    private final List<OutgoingEmail> sent = new ArrayList<>();
    private MailDeliveryException failure;

    @Override
    public synchronized String send(OutgoingEmail email) {
        if (failure != null) {
            throw failure;
        }
        sent.add(email);
        return "<" + email.id() + "@test>";
    }

    public synchronized List<OutgoingEmail> sent() {
        return List.copyOf(sent);
    }

    /** Every send from now on fails: permanently (refused) or not (server away). */
    public synchronized void failWith(boolean permanent) {
        failure = new MailDeliveryException(permanent ? "550 no such user" : "connection refused", permanent, null);
    }
}
