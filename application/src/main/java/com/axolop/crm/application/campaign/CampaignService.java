package com.axolop.crm.application.campaign;

import com.axolop.crm.application.email.EmailTemplateRepository;
import com.axolop.crm.application.email.TemplateSource;
import com.axolop.crm.application.email.TemplateSources;
import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns: the record use cases, and sending. A send only moves the campaign on and queues its start job, so it
 * answers at once; the start job snapshots the audience into recipients and queues one email job per recipient, in
 * one transaction. Recipients and job dedupe keys make every step safe to run again.
 */
public class CampaignService extends RecordService<Campaign, CampaignDetails, CampaignFilter, CampaignSortField>
        implements ManageCampaignsUseCase {
    public static final RecordKind<Campaign> KIND = new RecordKind<>("campaign", "campaign", "Campaign not found",
            CampaignSnapshot::of);
    public static final String START_JOB = "campaign-start";
    public static final String EMAIL_JOB = "campaign-email";
    /** Campaign mail runs after transactional mail (priority 1-2) on the email queue. */
    public static final int PRIORITY = 5;

    private final CampaignRepository campaigns;
    private final TemplateSources templates;
    private final CampaignRecipients recipients;
    private final JobQueue jobs;

    public CampaignService(CampaignRepository campaigns, EmailTemplateRepository customTemplates,
                           CampaignRecipients recipients, JobQueue jobs, RecordWritePorts ports) {
        super(campaigns, KIND, ports);
        this.campaigns = campaigns;
        this.templates = new TemplateSources(customTemplates);
        this.recipients = Objects.requireNonNull(recipients);
        this.jobs = Objects.requireNonNull(jobs);
    }

    @Override
    protected Change<Campaign> created(Id<Campaign> id, Actor actor, CampaignDetails details, Instant now) {
        return Campaign.create(id, actor.workspace(), details, actor.user(), now);
    }

    /** The template is a base one or one of the workspace's own. */
    @Override
    protected void checkWrite(Campaign campaign, Campaign previous) {
        if (template(campaign).isEmpty()) {
            throw new InvalidFieldException("template", TemplateSources.EXPECTED);
        }
    }

    Optional<Campaign> find(WorkspaceId workspace, Id<Campaign> id) {
        return campaigns.findById(workspace, id);
    }

    /** The template the campaign names, if it still exists. */
    Optional<TemplateSource> template(Campaign campaign) {
        return templates.find(campaign.workspaceId(), campaign.details().template());
    }

    @Override
    public Campaign send(Actor actor, Id<Campaign> id) {
        actor.requireWriter();
        return ports.transactions().inTransaction(() -> {
            Campaign current = lockCurrent(actor.workspace(), id, ExpectedVersion.ANY);
            Campaign sent = store(current, current.send(ports.clock().instant()));
            if (sent != current) {
                jobs.enqueue(JobRequest.of(sent.workspaceId(), QueueName.EMAIL, START_JOB,
                                Map.of("campaign_id", sent.id().toString()))
                        .runAt(sent.status() == CampaignStatus.SCHEDULED ? sent.details().scheduledAt() : null)
                        .dedupedBy(START_JOB + ":" + sent.id() + ":" + sent.revision().version()));
            }
            return sent;
        });
    }

    /** Its pending recipients are skipped in the same transaction, so their queued email jobs find nothing to do. */
    @Override
    public Campaign cancel(Actor actor, Id<Campaign> id) {
        actor.requireWriter();
        return ports.transactions().inTransaction(() -> {
            Campaign current = lockCurrent(actor.workspace(), id, ExpectedVersion.ANY);
            Campaign cancelled = store(current, current.cancel(ports.clock().instant()));
            if (cancelled != current) {
                recipients.cancel(actor.workspace(), id);
            }
            return cancelled;
        });
    }

    @Override
    public CampaignStats analytics(Actor actor, Id<Campaign> id) {
        get(actor, id);
        return recipients.stats(actor.workspace(), id);
    }

    /**
     * The start job: a scheduled campaign starts sending; a sending one has its audience snapshotted (again
     * harmlessly after a crash) and an email job queued per pending recipient. One edited back to a draft, or
     * deleted, since it was sent is left alone.
     */
    void start(WorkspaceId workspace, Id<Campaign> id) {
        ports.transactions().inTransaction(() -> {
            Optional<Campaign> found = campaigns.findByIdForUpdate(workspace, id);
            if (found.isEmpty()) {
                return null;
            }
            Campaign campaign = store(found.get(), found.get().start(ports.clock().instant()));
            if (campaign.status() != CampaignStatus.SENDING) {
                return null;
            }
            List<UUID> pending = recipients.snapshot(campaign);
            for (UUID recipient : pending) {
                jobs.enqueue(JobRequest.of(workspace, QueueName.EMAIL, EMAIL_JOB,
                                Map.of("recipient_id", recipient.toString()))
                        .withPriority(PRIORITY).dedupedBy(EMAIL_JOB + ":" + recipient));
            }
            finishIfDone(workspace, id);
            return null;
        });
    }

    /**
     * Inside a transaction: a sending campaign none of whose recipients is unfinished is sent. The campaign is locked
     * before the count, so of two last recipients finishing at once the second sees the first's outcome.
     */
    void finishIfDone(WorkspaceId workspace, Id<Campaign> id) {
        campaigns.findByIdForUpdate(workspace, id)
                .filter(campaign -> !recipients.anyUnfinished(workspace, id))
                .ifPresent(campaign -> store(campaign, campaign.finish(ports.clock().instant())));
    }
}
