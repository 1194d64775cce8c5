package com.axolop.crm.application.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailDeliveryTest {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("ws");
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryEmailTemplateRepository customTemplates = new InMemoryEmailTemplateRepository();
    private final EmailDelivery delivery = new EmailDelivery(new FakeEmailTemplates(), mailer,
            new DirectTransactionRunner(), outbox, Clock.systemUTC(), new TemplateSources(customTemplates));
    private final EmailRequest email = new EmailRequest(UUID.randomUUID(), new EmailAddress("jane@acme.test"),
            "welcome", Map.of("lead", Map.of("name", "Acme")), CustomFields.EMPTY, "workflow_execution", "x");

    private static Job job(EmailRequest request, int attempts, int maxAttempts) {
        return new Job(UUID.randomUUID(), WORKSPACE, QueueName.EMAIL, EmailDelivery.SEND_JOB, request.payload(), 2,
                JobState.ACTIVE, attempts, maxAttempts, Instant.now(), Instant.now(), Instant.now(), null, null, null);
    }

    @Test
    @SuppressWarnings("unchecked") // the payload's email is the map EmailRequest.snapshot made
    void sendsTheRenderedTemplateAndPublishesSentThenDelivered() {
        delivery.handle(job(email, 1, 3));

        assertThat(mailer.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.id()).isEqualTo(email.id());
            assertThat(sent.to()).isEqualTo(email.to());
            assertThat(sent.content().subject()).isEqualTo("welcome for Acme {}");
            assertThat(sent.headers()).isEmpty();
        });
        assertThat(outbox.types()).containsExactly("email.sent", "email.delivered");
        assertThat(outbox.events().getFirst().aggregateId()).isEqualTo(email.id().toString());
        assertThat((Map<String, Object>) outbox.events().getFirst().payload().get("email"))
                .containsEntry("message_id", "<" + email.id() + "@test>").containsEntry("subject", "welcome for Acme {}");
    }

    @Test
    void aTemplateThatCannotRenderFailsAtOnceWithoutRetrying() {
        EmailRequest broken = new EmailRequest(UUID.randomUUID(), email.to(),
                customTemplate(WORKSPACE, "<p>BROKEN</p>").id().toString(), Map.of(), CustomFields.EMPTY, null, null);

        delivery.handle(job(broken, 1, 3));

        assertThat(mailer.sent()).isEmpty();
        assertThat(outbox.types()).containsExactly("email.failed");
        assertThat((String) outbox.events().getFirst().payload().get("error")).contains("line 1, column 1");
    }

    @Test
    void anAddressTheServerRefusesFailsAtOnceWithoutRetrying() {
        mailer.failWith(true);

        delivery.handle(job(email, 1, 3));

        assertThat(outbox.types()).containsExactly("email.failed");
    }

    @Test
    void aServerThatIsAwayIsTriedAgainWithoutAnEvent() {
        mailer.failWith(false);

        assertThatThrownBy(() -> delivery.handle(job(email, 1, 3))).isInstanceOf(MailDeliveryException.class);
        assertThat(outbox.types()).isEmpty();
    }

    @Test
    void theLastTryThatCannotReachTheServerPublishesFailed() {
        mailer.failWith(false);

        assertThatThrownBy(() -> delivery.handle(job(email, 3, 3))).isInstanceOf(MailDeliveryException.class);
        assertThat(outbox.types()).containsExactly("email.failed");
    }

    @Test
    void theJobPayloadCarriesTheWholeRequest() {
        assertThat(EmailRequest.of(email.payload())).isEqualTo(email);
    }

    @Test
    void anEmailWithoutASourceCanBeQueued() {
        var queue = new InMemoryJobQueue();
        var unsourced = new EmailRequest(UUID.randomUUID(), email.to(), "basic", Map.of(), CustomFields.EMPTY, null,
                null);

        new TransactionalEmails(queue, new TemplateSources(customTemplates)).queue(WORKSPACE, unsourced);

        assertThat(EmailRequest.of(queue.enqueued().getFirst().payload())).isEqualTo(unsourced);
    }

    @Test
    void anEmailFromOneOfTheWorkspacesTemplatesIsQueuedAndRenderedFromIt() {
        var queue = new InMemoryJobQueue();
        EmailTemplate own = customTemplate(WORKSPACE);
        var custom = new EmailRequest(UUID.randomUUID(), email.to(), own.id().toString(), Map.of(),
                CustomFields.EMPTY, null, null);

        new TransactionalEmails(queue, new TemplateSources(customTemplates)).queue(WORKSPACE, custom);
        delivery.handle(job(custom, 1, 3));

        assertThat(mailer.sent()).singleElement().satisfies(sent -> assertThat(sent.content().subject())
                .isEqualTo("Our news for null {}"));
    }

    @Test
    void anotherWorkspacesTemplateOrAnUnknownNameIsRefusedWhenQueued() {
        var emails = new TransactionalEmails(new InMemoryJobQueue(), new TemplateSources(customTemplates));
        String foreign = customTemplate(new WorkspaceId("other")).id().toString();

        for (String template : List.of(foreign, "nosuchtemplate")) {
            assertThatThrownBy(() -> emails.queue(WORKSPACE, new EmailRequest(UUID.randomUUID(), email.to(), template,
                    Map.of(), CustomFields.EMPTY, null, null))).as(template).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("or the id of one of this workspace's email templates");
        }
    }

    @Test
    void anEmailWhoseTemplateWasDeletedSinceItWasQueuedFails() {
        EmailTemplate own = customTemplate(WORKSPACE);
        var custom = new EmailRequest(UUID.randomUUID(), email.to(), own.id().toString(), Map.of(),
                CustomFields.EMPTY, null, null);
        customTemplates.delete(own);

        delivery.handle(job(custom, 1, 3));

        assertThat(mailer.sent()).isEmpty();
        assertThat(outbox.types()).containsExactly("email.failed");
    }

    private EmailTemplate customTemplate(WorkspaceId workspace) {
        return customTemplate(workspace, "<p>Hi</p>");
    }

    private EmailTemplate customTemplate(WorkspaceId workspace, String html) {
        EmailTemplate template = EmailTemplate.create(Id.newId(), workspace, new EmailTemplateDetails("Our news",
                "News", html), new UserId("u"), Instant.now()).record();
        customTemplates.insert(template);
        return template;
    }
}
