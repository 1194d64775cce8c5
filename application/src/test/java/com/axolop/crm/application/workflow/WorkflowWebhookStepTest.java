package com.axolop.crm.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.email.InMemoryEmailTemplateRepository;
import com.axolop.crm.application.email.TemplateSources;
import com.axolop.crm.application.email.TransactionalEmails;
import com.axolop.crm.application.job.InMemoryJobQueue;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.lead.InMemoryLeadRepository;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.application.opportunity.InMemoryOpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.application.webhook.WebhookSender;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workflow webhook step over fakes: the call, its signature's secrets, and what a failed call does. */
class WorkflowWebhookStepTest {
    private static final String URL = "https://hooks.example.com/crm";
    private static final WebhookSecret SECRET = TestWorkflows.SIGNING_SECRET;

    private record Call(String url, UUID webhookId, Map<String, Object> body, List<WebhookSecret> secrets) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Actor admin = TestActors.admin("acme");
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
    private final InMemoryExistingRecords references = new InMemoryExistingRecords().backedBy("lead", leads)
            .backedBy("contact", contacts).backedBy("opportunity", opportunities);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final RecordWritePorts writes = new RecordWritePorts(outbox, new DirectTransactionRunner(), references,
            clock);
    private final ContactService contactService = new ContactService(contacts, writes);
    private final OpportunityService opportunityService = new OpportunityService(opportunities, writes);
    private final LeadService leadService = new LeadService(leads, writes, new InMemoryCache(), contactService,
            opportunityService);
    private final InMemoryWorkflowRepository workflows = new InMemoryWorkflowRepository();
    private final InMemoryWorkflowExecutions executions = new InMemoryWorkflowExecutions();
    private final InMemoryJobQueue jobs = new InMemoryJobQueue();
    private final List<Call> calls = new ArrayList<>();
    /** The status codes the receiver answers, in turn; 200 once they run out. */
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final WebhookSender receiver = (url, id, at, body, secrets) -> {
        calls.add(new Call(url, id, body, secrets));
        return new DeliveryAttempt(at, answers.isEmpty() ? 200 : answers.poll(), 3, "", null, null);
    };
    private final WorkflowEngine engine = new WorkflowEngine(writes.transactions(), executions,
            new InMemoryWorkflowCauses(), workflows, jobs, new CausalOutbox(outbox), new RecordSteps(leadService,
            leads, contactService, contacts, opportunityService, opportunities), clock, new TransactionalEmails(jobs,
            new TemplateSources(new InMemoryEmailTemplateRepository())),
            receiver);
    private final ExecuteWorkflowService runs = new ExecuteWorkflowService(workflows, executions, engine, references,
            writes.transactions(), clock);

    private Workflow workflow(WorkflowStep... steps) {
        var service = new WorkflowService(workflows, writes, new InMemoryCache(), url -> {
        });
        return service.create(admin, new WorkflowDetails("Notify", null, true, Trigger.MANUAL, List.of(steps)));
    }

    private Lead lead() {
        return leadService.create(admin, TestLeads.details("Ada Lovelace"));
    }

    /** Runs the step job enqueued {@code index}-th as its run number {@code attempt} of 3. */
    private void run(int index, int attempt) {
        JobRequest request = jobs.enqueued().get(index);
        engine.handle(new Job(UUID.randomUUID(), request.workspace(), request.queue(), request.type(),
                request.payload(), request.priority(), JobState.ACTIVE, attempt, request.maxAttempts(),
                clock.instant(), clock.instant(), clock.instant(), null, null, request.dedupeKey()));
    }

    private ExecutionDetails details(Workflow workflow, WorkflowExecution execution) {
        return runs.execution(admin, workflow.id(), execution.id());
    }

    @Test
    void postsTheRecordToTheStepsUrlSignedWithItsSecretThenGoesOn() {
        Workflow workflow = workflow(new CallWebhook(URL, SECRET), new AddTag("notified"));
        Lead lead = lead();
        WorkflowExecution execution = runs.execute(admin, workflow.id(), "lead", lead.id().value());

        run(0, 1);
        run(1, 1);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.url()).isEqualTo(URL);
            assertThat(call.secrets()).containsExactly(SECRET);
            assertThat(call.body()).containsEntry("type", "workflow.webhook")
                    .containsEntry("timestamp", clock.instant().toString());
            @SuppressWarnings("unchecked")
            var data = (Map<String, Object>) call.body().get("data");
            assertThat(data).containsEntry("workflow_id", workflow.id().toString())
                    .containsEntry("execution_id", execution.id().toString()).containsEntry("step", "0");
            assertThat(data.get("lead")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("id", lead.id().toString()).containsEntry("name", "Ada Lovelace");
        });
        ExecutionDetails done = details(workflow, execution);
        assertThat(done.execution().status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(done.steps().getFirst().output()).isEqualTo(Map.of("status_code", 200, "duration_ms", 3L));
        assertThat(leads.findById(admin.workspace(), lead.id()).orElseThrow().details().tags().values())
                .contains("notified");
    }

    @Test
    void aStepWithoutASecretCallsUnsigned() {
        Workflow workflow = workflow(new CallWebhook(URL));
        runs.execute(admin, workflow.id(), "lead", lead().id().value());

        run(0, 1);

        assertThat(calls).singleElement().satisfies(call -> assertThat(call.secrets()).isEmpty());
    }

    @Test
    void aFailedCallFailsTheJobWhichRetriesUnderTheSameWebhookIdWithoutHavingMovedOn() {
        Workflow workflow = workflow(new CallWebhook(URL), new AddTag("notified"));
        WorkflowExecution execution = runs.execute(admin, workflow.id(), "lead", lead().id().value());
        answers.add(500);

        assertThatThrownBy(() -> run(0, 1)).hasMessageContaining("answered 500");
        assertThat(details(workflow, execution).steps()).isEmpty();
        assertThat(jobs.enqueued()).hasSize(1);

        run(0, 2);

        assertThat(calls).hasSize(2).extracting(Call::webhookId).containsOnly(calls.getFirst().webhookId());
        assertThat(details(workflow, execution).steps()).extracting(StepRun::status)
                .containsExactly(StepRun.Status.COMPLETED);
        assertThat(jobs.enqueued()).hasSize(2);
    }

    @Test
    void aCallStillFailingOnTheJobsLastAttemptFailsTheExecution() {
        Workflow workflow = workflow(new CallWebhook(URL));
        WorkflowExecution execution = runs.execute(admin, workflow.id(), "lead", lead().id().value());
        answers.add(503);

        assertThatThrownBy(() -> run(0, 3)).hasMessageContaining("answered 503");

        WorkflowExecution failed = details(workflow, execution).execution();
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("The step could not run: The webhook at " + URL + " answered 503");
    }

    @Test
    void noCallIsMadeForAStepTheExecutionHasLeft() {
        Workflow workflow = workflow(new CallWebhook(URL), new AddTag("notified"));
        runs.execute(admin, workflow.id(), "lead", lead().id().value());
        run(0, 1);

        run(0, 1); // the same job again, as after a lost acknowledgement

        assertThat(calls).hasSize(1);
    }
}
