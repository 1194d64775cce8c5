package com.axolop.crm.application.campaign;

import com.axolop.crm.application.email.EmailDelivery;
import com.axolop.crm.application.email.EmailRequest;
import com.axolop.crm.application.email.EmailTemplates;
import com.axolop.crm.application.email.MailDeliveryException;
import com.axolop.crm.application.email.Mailer;
import com.axolop.crm.application.email.OutgoingEmail;
import com.axolop.crm.application.email.RenderedEmail;
import com.axolop.crm.application.email.TemplateSource;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a campaign's jobs on the email queue: the start job (see {@link CampaignService}), and one email job per
 * recipient, whose links are stored and rewritten for tracking before it goes out. An address the server refuses
 * for good joins the workspace's suppression list as bounced. The suppression list is read again at the hand-over: an
 * address unsubscribed (or bounced) since the snapshot is skipped, not mailed.
 *
 * <p>Each recipient is mailed at most once and, unless a worker dies in a window of microseconds, at least once.
 * A pending recipient is marked handed over (committed) once the server has its whole message and just before the
 * end of data that commits the server to it; only a pending one is handed over, so of two workers on one recipient
 * only one gets that far, and a worker killed before it leaves a message the server discards: the recipient stays
 * pending and is mailed by the job's next run. A handed-over recipient whose worker died, or lost the connection,
 * before reading the server's answer is recorded as sent, never mailed again: the server had the whole message, and
 * the end of data was written or about to be. The mail is lost only if the worker dies between that commit and
 * writing the end of data, or if the server refuses the message at its end of data and the worker dies before reading
 * that answer (see README, "Campaign delivery guarantees").
 */
public final class CampaignDelivery implements JobHandler {
    private final CampaignService campaigns;
    private final CampaignRecipients recipients;
    private final EmailTemplates templates;
    private final Mailer mailer;
    private final TransactionRunner transactions;
    private final EventOutbox outbox;
    private final Clock clock;
    private final String publicBaseUrl;

    /** @param publicBaseUrl where clients reach this service: the base of unsubscribe links, no trailing slash */
    public CampaignDelivery(CampaignService campaigns, CampaignRecipients recipients, EmailTemplates templates,
                            Mailer mailer, TransactionRunner transactions, EventOutbox outbox, Clock clock,
                            String publicBaseUrl) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.recipients = Objects.requireNonNull(recipients);
        this.templates = Objects.requireNonNull(templates);
        this.mailer = Objects.requireNonNull(mailer);
        this.transactions = Objects.requireNonNull(transactions);
        this.outbox = Objects.requireNonNull(outbox);
        this.clock = Objects.requireNonNull(clock);
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl);
    }

    @Override
    public void handle(Job job) {
        if (job.type().equals(CampaignService.START_JOB)) {
            campaigns.start(job.workspace(), Id.parse((String) job.payload().get("campaign_id")));
        } else {
            mail(job, UUID.fromString((String) job.payload().get("recipient_id")));
        }
    }

    private void mail(Job job, UUID recipientId) {
        Optional<Recipient> unfinished = recipients.unfinished(job.workspace(), recipientId);
        if (unfinished.isEmpty()) {
            return;
        }
        Recipient recipient = unfinished.get();
        Optional<Campaign> found = campaigns.find(job.workspace(), recipient.campaign());
        if (found.isEmpty()) {
            finish(job.workspace(), recipient, RecipientState.SKIPPED, null);
            return;
        }
        Campaign campaign = found.get();
        var email = new EmailRequest(recipient.emailId(), recipient.email(), campaign.details().template(),
                Map.of("recipient", recipient.record()), campaign.details().data(), "campaign",
                campaign.id().toString());
        if (recipient.handedOver()) {
            finish(job.workspace(), recipient, RecipientState.SENT, sent(job, email, recipient.subject(),
                    recipient.messageId()));
            return;
        }
        RenderedEmail content;
        try {
            content = render(campaign, recipient);
        } catch (Refusal refusal) {
            finish(job.workspace(), recipient, RecipientState.FAILED, EmailDelivery.events(job.workspace(), email,
                    "email.failed", Map.of("error", refusal.getMessage()), null, null, clock.instant()));
            return;
        }
        TrackedMail tracked = TrackedMail.of(content.html(), publicBaseUrl, recipient.token());
        RenderedEmail trackedContent = new RenderedEmail(content.subject(), tracked.html(), content.text());
        var outgoing = new OutgoingEmail(recipient.emailId(), recipient.email(), campaign.details().fromName(),
                campaign.details().replyTo(), trackedContent, publicBaseUrl + "/t/u/" + recipient.token());
        var handedOverAs = new AtomicReference<String>();
        String messageId;
        try {
            messageId = mailer.send(outgoing, id -> {
                if (!transactions.inTransaction(() -> recipients.handOver(job.workspace(), recipient.id(),
                        tracked.urls(), id, content.subject()))) {
                    throw new NoLongerPending();
                }
                handedOverAs.set(id);
            });
        } catch (NoLongerPending done) {
            // Another worker finished it, its campaign was cancelled, or its address was suppressed (now skipped).
            transactions.inTransaction(() -> {
                campaigns.finishIfDone(job.workspace(), recipient.campaign());
                return null;
            });
            return;
        } catch (MailDeliveryException e) {
            if (e.permanent()) {
                // The server refused the address for good: a hard bounce, skipped by later campaigns.
                transactions.inTransaction(() -> recipients.suppress(job.workspace(), recipient.email(), "bounced"));
            } else if (handedOverAs.get() != null) {
                // No answer after the server had the whole message: sent, as when the worker dies there.
                finish(job.workspace(), recipient, RecipientState.SENT, sent(job, email, content.subject(),
                        handedOverAs.get()));
                return;
            }
            if (e.permanent() || !job.canRetry()) {
                finish(job.workspace(), recipient, RecipientState.FAILED, EmailDelivery.events(job.workspace(),
                        email, "email.failed", Map.of("error", e.getMessage()), content.subject(), null,
                        clock.instant()));
                return;
            }
            throw e;
        }
        finish(job.workspace(), recipient, RecipientState.SENT, sent(job, email, content.subject(), messageId));
    }

    private List<OutboxEvent> sent(Job job, EmailRequest email, String subject, String messageId) {
        return EmailDelivery.events(job.workspace(), email, "email.sent", Map.of(), subject, messageId,
                clock.instant());
    }

    /** The campaign's template with its data; the campaign's subject, when it has one, replaces the template's. */
    private RenderedEmail render(Campaign campaign, Recipient recipient) {
        TemplateSource source = campaigns.template(campaign).orElseThrow(() -> new NotFoundException(
                "The campaign's email template was deleted"));
        RenderedEmail rendered = templates.render(source, Map.of("recipient", recipient.record()),
                campaign.details().data());
        return campaign.details().subject() == null ? rendered
                : new RenderedEmail(campaign.details().subject(), rendered.html(), rendered.text());
    }

    private void finish(WorkspaceId workspace, Recipient recipient, RecipientState state,
                        List<OutboxEvent> events) {
        transactions.inTransaction(() -> {
            if (recipients.finish(workspace, recipient.id(), state) && events != null) {
                outbox.append(events);
            }
            campaigns.finishIfDone(workspace, recipient.campaign());
            return null;
        });
    }

    /** Thrown from the hand-over of a recipient no longer pending: its message is abandoned before its end of data. */
    private static final class NoLongerPending extends RuntimeException {
        NoLongerPending() {
            super(null, null, false, false);
        }
    }
}
