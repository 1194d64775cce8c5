package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.mail.FreemarkerTemplates;
import com.axolop.crm.adapter.mail.SmtpMailer;
import com.axolop.crm.adapter.mail.SmtpSettings;
import com.axolop.crm.adapter.postgres.email.PostgresEmailTemplateRepository;
import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.job.PostgresJobStore;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.application.email.EmailDelivery;
import com.axolop.crm.application.email.EmailRequest;
import com.axolop.crm.application.email.TemplateSources;
import com.axolop.crm.application.email.TransactionalEmails;
import com.axolop.crm.application.job.Backoff;
import com.axolop.crm.application.job.JobHandlers;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueWorkers;
import com.axolop.crm.devinfra.EmbeddedPostgresServer;
import com.axolop.crm.devinfra.EmbeddedSmtpServer;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import io.helidon.metrics.api.Metrics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * bench/email: EMAILS emails (template leadNotification, a lead's fields) queued in one transaction, as a campaign
 * send would, then delivered by the email queue's workers (SLOTS at once, production's 5 by default) through the
 * real renderer and SMTP sender to the embedded SMTP server, each recording email.sent and email.delivered in the
 * outbox. Prints the enqueue time, emails/s and the heap left after a full GC before and after the run.
 */
public final class EmailBench {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("bench");

    private EmailBench() {
    }

    public static void main(String[] args) throws Exception {
        int emails = Integer.parseInt(args[0]);
        int slots = Integer.parseInt(args[1]);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
             EmbeddedSmtpServer smtp = EmbeddedSmtpServer.startOnFreePorts();
             PostgresDatabase database = PostgresDatabase.connect(postgres.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD, 16)) {
            database.migrate();
            var db = new PostgresTransactionRunner(database.dataSource());
            var templateSources = new TemplateSources(new PostgresEmailTemplateRepository(db));
            var delivery = new EmailDelivery(new FreemarkerTemplates(), new SmtpMailer(new SmtpSettings("127.0.0.1",
                    smtp.smtpPort(), null, null, SmtpSettings.Security.NONE, "Bench <bench@crm.test>")), db,
                    new PostgresEventOutbox(db), Clock.systemUTC(), templateSources);
            long heapBefore = heapAfterGc();
            Instant queued = Instant.now();
            var emailsQueue = new TransactionalEmails(new PostgresJobQueue(db), templateSources);
            db.inTransaction(() -> {
                for (int i = 0; i < emails; i++) {
                    Map<String, Object> lead = Map.of("name", "Lead " + i, "email", "lead" + i + "@bench.test",
                            "value", 1000 + i, "status", "NEW", "created_at", "2026-11-30T10:00:00Z");
                    // 100 mailboxes: the embedded server keeps a user per address, which is not the service's heap.
                    emailsQueue.queue(WORKSPACE, new EmailRequest(Uuids.v7(), new EmailAddress("lead" + i % 100
                            + "@bench.test"), "leadNotification", Map.of("lead", lead), CustomFields.EMPTY, null, null));
                }
                return null;
            });
            double enqueue = seconds(queued);
            Instant start = Instant.now();
            try (var store = new PostgresJobStore(db, database.dataSource(), Metrics.globalRegistry());
                 var workers = new QueueWorkers(store, new JobHandlers().register(QueueName.EMAIL,
                         EmailDelivery.SEND_JOB, delivery), new QueueWorkers.Settings(Map.of(QueueName.EMAIL, slots),
                         Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), Backoff.DEFAULT),
                         Clock.systemUTC()).start()) {
                while (completed(database) < emails) {
                    Thread.sleep(50);
                }
            }
            double took = seconds(start);
            int received = smtp.received().size();
            smtp.clear(); // the embedded server keeps every message in this JVM: not the service's heap
            long heapAfter = heapAfterGc();
            System.out.printf("enqueue: %d emails in one transaction in %.2f s%n", emails, enqueue);
            System.out.printf("delivery: %d emails (%d received by SMTP) in %.2f s = %.0f emails/s (%d slots)%n",
                    emails, received, took, emails / took, slots);
            System.out.printf("heap after full GC: %d MB before, %d MB after%n", heapBefore >> 20, heapAfter >> 20);
        }
        System.exit(0);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long completed(PostgresDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement count = connection.createStatement();
             ResultSet result = count.executeQuery("select count(*) from jobs where state in ('completed', 'failed')")) {
            result.next();
            return result.getLong(1);
        }
    }
}
