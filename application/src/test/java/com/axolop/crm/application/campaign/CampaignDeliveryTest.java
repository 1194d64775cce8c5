package com.axolop.crm.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.email.FakeEmailTemplates;
import com.axolop.crm.application.email.InMemoryEmailTemplateRepository;
import com.axolop.crm.application.email.Mailer;
import com.axolop.crm.application.email.RecordingMailer;
import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignDeliveryTest {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("ws");
    private final Actor actor = new Actor(WORKSPACE, new UserId("u"), Role.MEMBER);
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final InMemoryCampaignRecipients recipients = new InMemoryCampaignRecipients();
    private final InMemoryCampaignRepository repository = new InMemoryCampaignRepository();
    private final CampaignService campaigns = new CampaignService(repository, new InMemoryEmailTemplateRepository(),
            recipients, jobs, new RecordWritePorts(outbox, new DirectTransactionRunner(),
            new InMemoryExistingRecords(), Clock.systemUTC()));
    private final CampaignDelivery delivery = new CampaignDelivery(campaigns, recipients, new FakeEmailTemplates(),
            mailer, new DirectTransactionRunner(), outbox, Clock.systemUTC(), "https://crm.test");

    private Campaign sentCampaign(String... emails) {
        Campaign campaign = campaigns.create(actor, new CampaignDetails("Spring", null, "basic", CustomFields.EMPTY,
                null, null, new Audience.Leads(null, null, null, List.of(), null), null));
        recipients.audience(campaign.id(), List.of(emails).stream().map(EmailAddress::new).toList());
        campaigns.send(actor, campaign.id());
        return campaign;
    }

    /** Runs every job enqueued from {@code from} on, as the email queue's worker would. */
    private void runJobs(int from) {
        List<JobRequest> requests = jobs.enqueued();
        for (JobRequest request : requests.subList(from, requests.size())) {
            delivery.handle(job(request));
        }
    }

    private static Job job(JobRequest request) {
        return new Job(UUID.randomUUID(), request.workspace(), request.queue(), request.type(), request.payload(),
                request.priority(), JobState.ACTIVE, 1, 3, Instant.now(), Instant.now(), Instant.now(), null, null,
                request.dedupeKey());
    }

    @Test
    void mailsEveryRecipientWithAnUnsubscribeLinkAndFinishesTheCampaign() {
        Campaign campaign = sentCampaign("a@acme.test", "b@acme.test");

        runJobs(0);
        runJobs(1);

        assertThat(mailer.sent()).extracting(email -> email.to().value()).containsExactly("a@acme.test",
                "b@acme.test");
        assertThat(mailer.sent().getFirst().unsubscribeUrl()).startsWith("https://crm.test/t/u/");
        assertThat(jobs.enqueued().subList(1, 3)).allSatisfy(job -> assertThat(job.priority()).isEqualTo(5));
        assertThat(repository.findById(WORKSPACE, campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENT);
        assertThat(outbox.types()).endsWith("email.sent", "email.delivered", "campaign.sent");
    }

    @Test
    void anEmailJobRunAgainMailsNobodyTwice() {
        sentCampaign("a@acme.test");
        runJobs(0);

        runJobs(1);
        runJobs(1);

        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void aStartJobRunAgainQueuesNoSecondMail() {
        sentCampaign("a@acme.test");
        runJobs(0);
        runJobs(0);

        runJobs(1);

        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void aRecipientTheServerRefusesForGoodFailsAndTheCampaignStillFinishes() {
        Campaign campaign = sentCampaign("a@acme.test");
        mailer.failWith(true);

        runJobs(0);
        runJobs(1);

        assertThat(outbox.types()).contains("email.failed").endsWith("campaign.sent");
        assertThat(repository.findById(WORKSPACE, campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENT);
    }

    @Test
    void anAddressTheServerRefusesForGoodIsSuppressedAsBounced() {
        sentCampaign("gone@acme.test");
        mailer.failWith(true);

        runJobs(0);
        runJobs(1);

        assertThat(recipients.suppress(WORKSPACE, new EmailAddress("GONE@acme.test"), "unsubscribed")).isFalse();
    }

    @Test
    void aMailWhoseAnswerIsLostAfterTheServerHadItIsRecordedSentAndNotMailedAgain() {
        Campaign campaign = sentCampaign("a@acme.test");
        mailer.loseAnswers();
        runJobs(0);

        runJobs(1);
        runJobs(1);

        assertThat(mailer.sent()).hasSize(1);
        assertThat(outbox.types()).endsWith("email.sent", "email.delivered", "campaign.sent");
        assertThat(repository.findById(WORKSPACE, campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENT);
    }

    @Test
    void aRecipientHandedOverByAWorkerThatDiedIsRecordedSentWithItsMessageIdAndNotMailedAgain() {
        sentCampaign("a@acme.test");
        runJobs(0);
        UUID recipient = UUID.fromString((String) jobs.enqueued().get(1).payload().get("recipient_id"));
        recipients.handOver(WORKSPACE, recipient, List.of(), "<died@test>", "Spring news");

        runJobs(1);

        assertThat(mailer.sent()).isEmpty();
        assertThat(outbox.events()).filteredOn(event -> event.eventType().equals("email.sent")).singleElement()
                .satisfies(event -> assertThat(event.payload().get("email")).asString()
                        .contains("message_id=<died@test>", "subject=Spring news"));
        assertThat(recipients.unfinished(WORKSPACE, recipient)).isEmpty();
    }

    @Test
    void aMailWhoseRecipientIsNoLongerPendingIsAbandonedBeforeItsEndOfData() {
        sentCampaign("a@acme.test");
        runJobs(0);
        UUID recipient = UUID.fromString((String) jobs.enqueued().get(1).payload().get("recipient_id"));
        var endsOfData = new ArrayList<String>();
        Mailer racing = (email, handingOver) -> {
            recipients.finish(WORKSPACE, recipient, RecipientState.SENT); // another worker got there first
            handingOver.accept("<late@test>");
            endsOfData.add(email.to().value());
            return "<late@test>";
        };
        var delivery = new CampaignDelivery(campaigns, recipients, new FakeEmailTemplates(), racing,
                new DirectTransactionRunner(), outbox, Clock.systemUTC(), "https://crm.test");

        delivery.handle(job(jobs.enqueued().get(1)));

        assertThat(endsOfData).isEmpty();
        assertThat(outbox.types()).doesNotContain("email.sent");
    }

    @Test
    void aCancelledCampaignsQueuedEmailJobsMailNobody() {
        Campaign campaign = sentCampaign("a@acme.test", "b@acme.test");
        runJobs(0);

        campaigns.cancel(actor, campaign.id());
        runJobs(1);

        assertThat(mailer.sent()).isEmpty();
        assertThat(outbox.types()).doesNotContain("email.sent", "campaign.sent");
        assertThat(campaigns.analytics(actor, campaign.id()).skipped()).isEqualTo(2);
        assertThat(repository.findById(WORKSPACE, campaign.id()).orElseThrow().status())
                .isEqualTo(CampaignStatus.CANCELLED);
    }

    @Test
    void anAddressUnsubscribedBetweenTheSnapshotAndItsMailIsSkippedAndTheCampaignStillFinishes() {
        Campaign campaign = sentCampaign("a@acme.test", "b@acme.test");
        runJobs(0);

        recipients.suppress(WORKSPACE, new EmailAddress("B@acme.test"), "unsubscribed");
        runJobs(1);

        assertThat(mailer.sent()).extracting(email -> email.to().value()).containsExactly("a@acme.test");
        assertThat(campaigns.analytics(actor, campaign.id()).skipped()).isEqualTo(1);
        assertThat(repository.findById(WORKSPACE, campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SENT);
    }
}
