package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.mail.FreemarkerTemplates;
import com.axolop.crm.adapter.mail.SmtpMailer;
import com.axolop.crm.adapter.mail.SmtpSettings;
import com.axolop.crm.adapter.postgres.campaign.PostgresCampaignRecipients;
import com.axolop.crm.adapter.postgres.campaign.PostgresCampaignRepository;
import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.email.PostgresEmailTemplateRepository;
import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.campaign.CampaignDelivery;
import com.axolop.crm.application.campaign.CampaignService;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueWorkers;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Metrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * bench/campaign: a campaign to RECIPIENTS leads (each with its own address), sent through the service as production
 * wires it: the send request's latency, then the start job's snapshot and the email jobs (SLOTS workers, production's
 * 5 by default) rendering, rewriting links and sending to the embedded SMTP server until the campaign is sent; and
 * the heap's old generation after a full GC before the send and after the campaign is sent (the embedded server's
 * messages dropped first: they live in this JVM but are not the service's; its one user per address stays).
 */
public final class CampaignBench {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("bench");

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(args[0]);
        int slots = Integer.parseInt(args[1]);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             EmbeddedSmtpServer smtp = EmbeddedSmtpServer.startOnFreePorts();
             PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 16)) {
            database.migrate();
            leads(database, recipients);
            var db = new PostgresTransactionRunner(database.dataSource());
            var outbox = new PostgresEventOutbox(db);
            var jobs = new PostgresJobQueue(db);
            var campaignRecipients = new PostgresCampaignRecipients(db, new PostgresLeadRepository(db),
                    new PostgresContactRepository(db));
            var campaigns = new CampaignService(new PostgresCampaignRepository(db),
                    new PostgresEmailTemplateRepository(db), campaignRecipients, jobs,
                    new RecordWritePorts(outbox, db, new PostgresExistingRecords(db), Clock.systemUTC()));
            var delivery = new CampaignDelivery(campaigns, campaignRecipients, new FreemarkerTemplates(),
                    new SmtpMailer(new SmtpSettings("127.0.0.1", smtp.smtpPort(), null, null,
                            SmtpSettings.Security.NONE, "Bench <bench@crm.test>")), db, outbox, Clock.systemUTC(),
                    "https://crm.bench.test");
            var actor = new Actor(WORKSPACE, new UserId("bench"), Role.MEMBER);
            Campaign campaign = campaigns.create(actor, new CampaignDetails("Bench", null, "basic",
                    new CustomFields("{\"heading\":\"News\",\"body\":\"Hello\"}"), null, null,
                    new Audience.Leads(null, null, null, List.of(), null), null));

            long heapBefore = ImportBench.oldGenerationAfterGc();
            Instant sent = Instant.now();
            campaigns.send(actor, campaign.id());
            double sendLatency = seconds(sent);
            Instant start = Instant.now();
            try (var store = new PostgresJobStore(db, database.dataSource(), Metrics.globalRegistry());
                 var workers = new QueueWorkers(store, new JobHandlers()
                         .register(QueueName.EMAIL, CampaignService.START_JOB, delivery)
                         .register(QueueName.EMAIL, CampaignService.EMAIL_JOB, delivery),
                         new QueueWorkers.Settings(Map.of(QueueName.EMAIL, slots), Duration.ofSeconds(5),
                                 Duration.ofSeconds(30), Duration.ofHours(1), Backoff.DEFAULT),
                         Clock.systemUTC()).start()) {
                while (campaigns.get(actor, campaign.id()).fields().get("status")
                        .equals(CampaignStatus.SENDING.apiName())) {
                    Thread.sleep(100);
                }
            }
            double took = seconds(start);
            int received = smtp.received().size();
            smtp.clear();
            System.out.printf("send: POST /send's work for %d recipients in %.1f ms%n", recipients,
                    sendLatency * 1000);
            System.out.printf("delivery: %d emails (%d received by SMTP) in %.2f s = %.0f emails/s (%d slots)%n",
                    recipients, received, took, recipients / took, slots);
            System.out.printf("heap: old generation after GC %.1f MB before the send, %.1f MB once sent%n",
                    heapBefore / 1e6, ImportBench.oldGenerationAfterGc() / 1e6);
        }
        System.exit(0);
    }

    private static void leads(PostgresDatabase database, int count) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into leads (id, workspace_id, name, email, status, currency, created_by, created_at,
                                        updated_at, version)
                     select gen_random_uuid(), ?, 'Lead ' || i, 'lead' || i || '@bench.test', 'NEW', 'USD', 'bench',
                            now(), now(), 1
                     from generate_series(1, ?) i""")) {
            insert.setString(1, WORKSPACE.value());
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }
}
