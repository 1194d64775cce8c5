package com.axolop.crm.application.email;

import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs email jobs: renders the template (a base one, or one of the workspace's own read when the job runs), hands the message to the mail server, and records what happened as
 * email.sent and email.delivered (the server accepted it), or email.failed. A template that cannot render or an
 * address the server refuses fails at once; a server that is away is tried again with the queue's backoff, and
 * email.failed is published when the last attempt fails. Each try carries the same Message-ID.
 */
public final class EmailDelivery implements JobHandler {
    public static final String SEND_JOB = "send";

    private final EmailTemplates templates;
    private final Mailer mailer;
    private final TransactionRunner transactions;
    private final EventOutbox outbox;
    private final Clock clock;
    private final TemplateSources sources;

    /** @param sources what the emails' templates name: a base template, or one of the workspace's own */
    public EmailDelivery(EmailTemplates templates, Mailer mailer, TransactionRunner transactions, EventOutbox outbox,
                         Clock clock, TemplateSources sources) {
        this.templates = Objects.requireNonNull(templates);
        this.mailer = Objects.requireNonNull(mailer);
        this.transactions = Objects.requireNonNull(transactions);
        this.outbox = Objects.requireNonNull(outbox);
        this.clock = Objects.requireNonNull(clock);
        this.sources = Objects.requireNonNull(sources);
    }

    @Override
    public void handle(Job job) {
        EmailRequest email = EmailRequest.of(job.payload());
        RenderedEmail content;
        try {
            TemplateSource source = sources.find(job.workspace(), email.template()).orElseThrow(
                    () -> new NotFoundException("The email template was deleted"));
            content = templates.render(source, email.values(), email.data());
        } catch (Refusal refusal) {
            publish(job, email, "email.failed", Map.of("error", refusal.getMessage()), null, null);
            return;
        }
        String messageId;
        try {
            messageId = mailer.send(new OutgoingEmail(email.id(), email.to(), null, null, content, null));
        } catch (MailDeliveryException e) {
            if (e.permanent() || !job.canRetry()) {
                publish(job, email, "email.failed", Map.of("error", e.getMessage()), content.subject(), null);
            }
            if (e.permanent()) {
                return;
            }
            throw e;
        }
        publish(job, email, "email.sent", Map.of(), content.subject(), messageId);
    }

    /** email.sent is followed by email.delivered: over SMTP the server's acceptance is the delivery we can see. */
    private void publish(Job job, EmailRequest email, String type, Map<String, Object> extra, String subject,
                         String messageId) {
        List<OutboxEvent> events = events(job.workspace(), email, type, extra, subject, messageId, clock.instant());
        transactions.inTransaction(() -> {
            outbox.append(events);
            return null;
        });
    }

    /**
     * The outbox rows of an email's outcome {@code type}: email.sent brings email.delivered with it. Shared with
     * campaign mail, which records them in the transaction that marks its recipient done.
     */
    public static List<OutboxEvent> events(WorkspaceId workspace, EmailRequest email, String type,
                                           Map<String, Object> extra, String subject, String messageId,
                                           Instant now) {
        var payload = new HashMap<String, Object>(extra);
        payload.put("email", email.snapshot(subject, messageId));
        List<String> types = type.equals("email.sent") ? List.of(type, "email.delivered") : List.of(type);
        return types.stream().map(each -> new OutboxEvent(Uuids.v7(), "email", email.id().toString(), each,
                workspace, payload, now)).toList();
    }
}
