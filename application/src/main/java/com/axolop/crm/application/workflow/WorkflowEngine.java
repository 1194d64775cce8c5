package com.axolop.crm.application.workflow;

import com.axolop.crm.application.email.EmailRequest;
import com.axolop.crm.application.email.TransactionalEmails;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobHandler;
import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.webhook.WebhookSender;
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.webhook.DeliveryAttempt;
import com.axolop.crm.domain.webhook.WebhookSecret;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.Conditional;
import com.axolop.crm.domain.workflow.Conditions;
import com.axolop.crm.domain.workflow.ExecutionEvent;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.SendEmail;
import com.axolop.crm.domain.workflow.StepPaths;
import com.axolop.crm.domain.workflow.StepRun;
import com.axolop.crm.domain.workflow.Wait;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs executions step by step, each step a job on the workflow queue. A step's effect, its log entry, the move to
 * the next step and that step's job commit together: after a crash the execution resumes at its first unfinished
 * step, and a finished step never runs again (a job for a step the execution has left does nothing). A wait step
 * is a delayed job. Executions of one workflow on one record run one at a time, oldest first: a later one's job
 * returns while an older one is unfinished, and the older one, once finished, queues the next one's step. A webhook
 * step's call is made before its transaction (no lock or connection held while a receiver answers), then recorded in
 * it; a call that fails fails the job, which retries like any step's.
 */
public final class WorkflowEngine implements JobHandler {
    public static final String STEP_JOB = "step";
    /** The type a webhook step's message carries. */
    public static final String WEBHOOK_TYPE = "workflow.webhook";
    private static final Duration QUIET = Duration.ofMinutes(5);
    private static final Duration CAUSES_KEPT = Duration.ofDays(1);

    private final TransactionRunner transactions;
    private final WorkflowExecutions executions;
    private final WorkflowCauses causes;
    private final WorkflowRepository workflows;
    private final JobQueue jobs;
    private final CausalOutbox outbox;
    private final RecordSteps records;
    private final Clock clock;
    private final TransactionalEmails emails;
    private final WebhookSender webhooks;

    public WorkflowEngine(TransactionRunner transactions, WorkflowExecutions executions, WorkflowCauses causes,
                          WorkflowRepository workflows, JobQueue jobs, CausalOutbox outbox, RecordSteps records,
                          Clock clock, TransactionalEmails emails, WebhookSender webhooks) {
        this.transactions = Objects.requireNonNull(transactions);
        this.executions = Objects.requireNonNull(executions);
        this.causes = Objects.requireNonNull(causes);
        this.workflows = Objects.requireNonNull(workflows);
        this.jobs = Objects.requireNonNull(jobs);
        this.outbox = Objects.requireNonNull(outbox);
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
        this.emails = Objects.requireNonNull(emails);
        this.webhooks = Objects.requireNonNull(webhooks);
    }

    /** Inside the caller's transaction: stores the execution and queues its first step, unless it is a repeat. */
    boolean start(WorkflowExecution execution) {
        if (!executions.insert(execution)) {
            return false;
        }
        jobs.enqueue(stepJob(execution, null));
        return true;
    }

    @Override
    public void handle(Job job) {
        var id = new Id<WorkflowExecution>(UUID.fromString((String) job.payload().get("execution_id")));
        String cursor = (String) job.payload().get("cursor");
        try {
            DeliveryAttempt call = callAhead(job.workspace(), id, cursor);
            transactions.inTransaction(() -> {
                executions.findForUpdate(job.workspace(), id)
                        .filter(execution -> !execution.status().isFinished())
                        .filter(execution -> Objects.equals(cursor, execution.cursor()))
                        .ifPresent(execution -> runStep(execution, call));
                return null;
            });
        } catch (RuntimeException e) {
            if (!job.canRetry()) {
                transactions.inTransaction(() -> {
                    executions.findForUpdate(job.workspace(), id).filter(execution -> !execution.status().isFinished())
                            .ifPresent(execution -> fail(execution, "The step could not run: " + e.getMessage()));
                    return null;
                });
            }
            throw e;
        }
    }

    /**
     * When the job's step is a webhook step the execution would run now, makes its call (outside any transaction)
     * and returns the attempt; null otherwise. The webhook-id is the step's in this execution, the same on a retry.
     */
    private DeliveryAttempt callAhead(WorkspaceId workspace, Id<WorkflowExecution> id, String cursor) {
        record Call(String url, UUID webhookId, Map<String, Object> message, List<WebhookSecret> secrets) {
        }
        Call call = transactions.inTransaction(() -> executions.findForUpdate(workspace, id)
                .filter(execution -> !execution.status().isFinished() && Objects.equals(cursor, execution.cursor())
                        && !execution.tooDeep() && !executions.earlierUnfinished(execution))
                .flatMap(execution -> workflows.findById(workspace, execution.workflowId())
                        .map(workflow -> StepPaths.webhooks(workflow.details().steps()).get(cursor))
                        .map(webhook -> {
                            try {
                                return new Call(webhook.url(), UUID.nameUUIDFromBytes((id + "/" + cursor)
                                        .getBytes(StandardCharsets.UTF_8)), message(execution),
                                        webhook.secret() == null ? List.of() : List.of(webhook.secret()));
                            } catch (Refusal refusal) {
                                return null; // the step's own transaction refuses it (its record is gone)
                            }
                        }))
                .orElse(null));
        return call == null ? null : webhooks.send(call.url(), call.webhookId(), clock.instant(), call.message(),
                call.secrets());
    }

    /** A webhook step's body: the Standard Webhooks envelope around the execution and its record as it is now. */
    private Map<String, Object> message(WorkflowExecution execution) {
        var data = new LinkedHashMap<String, Object>();
        data.put("workflow_id", execution.workflowId().toString());
        data.put("execution_id", execution.id().toString());
        data.put("step", execution.cursor());
        data.putAll(records.context(execution));
        var message = new LinkedHashMap<String, Object>();
        message.put("type", WEBHOOK_TYPE);
        message.put("timestamp", clock.instant().toString());
        message.put("data", data);
        return message;
    }

    private void runStep(WorkflowExecution queued, DeliveryAttempt call) {
        if (executions.earlierUnfinished(queued)) {
            return;
        }
        WorkflowExecution execution = queued;
        if (execution.status() == ExecutionStatus.QUEUED) {
            execution = execution.started(clock.instant());
            publish(new ExecutionEvent.Started(RecordEvent.newId(), clock.instant(), execution));
            if (execution.tooDeep()) {
                fail(execution, "Stopped a chain of more than " + WorkflowExecution.MAX_DEPTH
                        + " workflows started by each other's changes (a loop?)");
                return;
            }
        }
        Optional<Workflow> workflow = workflows.findById(execution.workspaceId(), execution.workflowId());
        if (workflow.isEmpty()) {
            fail(execution, "The workflow was deleted");
            return;
        }
        List<WorkflowStep> steps = workflow.get().details().steps();
        WorkflowStep step;
        try {
            step = StepPaths.at(steps, execution.cursor());
        } catch (RuntimeException e) {
            fail(execution, "The workflow's steps changed while it ran; step " + execution.cursor() + " is gone");
            return;
        }
        perform(execution, steps, step, call);
    }

    private void perform(WorkflowExecution execution, List<WorkflowStep> steps, WorkflowStep step,
                         DeliveryAttempt call) {
        Instant started = clock.instant();
        String path = execution.cursor();
        try {
            switch (step) {
                case Wait wait -> {
                    Instant until = started.plus(wait.duration());
                    log(execution, step, started, Map.of("until", until.toString()), null);
                    String next = StepPaths.next(steps, path);
                    advance(execution, next, next == null ? null : until);
                }
                case Conditional condition -> {
                    boolean holds = Conditions.allHold(condition.conditions(), records.context(execution));
                    log(execution, step, started, Map.of("result", holds), null);
                    advance(execution, StepPaths.enter(steps, path, holds), null);
                }
                case SendEmail email -> {
                    Map<String, Object> context = records.context(execution);
                    var request = new EmailRequest(Uuids.v7(), email.recipientIn(context), email.template(), context,
                            email.data(), "workflow_execution", execution.id().toString());
                    emails.queue(execution.workspaceId(), request);
                    log(execution, step, started, Map.of("email_id", request.id().toString(), "to",
                            request.to().value()), null);
                    advance(execution, StepPaths.next(steps, path), null);
                }
                case CallWebhook webhook -> {
                    records.context(execution); // a record deleted meanwhile refuses the step, as it does others
                    log(execution, step, started, called(webhook, call), null);
                    advance(execution, StepPaths.next(steps, path), null);
                }
                default -> {
                    // In a savepoint: a refused change leaves nothing behind, and the failure is recorded instead.
                    List<UUID> caused = outbox.catching(() -> transactions.inSavepoint(() -> {
                        records.apply(execution, step);
                        return null;
                    }));
                    causes.recordCaused(caused, execution.id(), execution.depth());
                    log(execution, step, started, Map.of("events", caused.size()), null);
                    advance(execution, StepPaths.next(steps, path), null);
                }
            }
        } catch (Refusal refusal) {
            refuse(execution, step, started, refusal.getMessage());
        }
    }

    /** What a delivered call logs; a failed one (or one not made yet) fails the job, to be retried. */
    private static Map<String, Object> called(CallWebhook webhook, DeliveryAttempt call) {
        if (call == null) {
            throw new IllegalStateException("The webhook step's call was not made (the workflow changed meanwhile)");
        }
        if (!call.delivered()) {
            throw new IllegalStateException("The webhook at " + webhook.url() + (call.statusCode() == null
                    ? " could not be reached: " + call.error() : " answered " + call.statusCode()));
        }
        return Map.of("status_code", call.statusCode(), "duration_ms", call.durationMs());
    }

    /** On to {@code next} (its job due at {@code due}, null for now), or completed when no step is left. */
    private void advance(WorkflowExecution execution, String next, Instant due) {
        WorkflowExecution moved = execution.advancedTo(next, due != null, clock.instant());
        executions.update(moved);
        if (next == null) {
            publish(new ExecutionEvent.Completed(RecordEvent.newId(), clock.instant(), moved));
            handOver(moved);
        } else {
            jobs.enqueue(stepJob(moved, due));
        }
    }

    private void refuse(WorkflowExecution execution, WorkflowStep step, Instant started, String reason) {
        log(execution, step, started, null, reason);
        fail(execution, reason);
    }

    private void fail(WorkflowExecution execution, String reason) {
        WorkflowExecution failed = execution.failed(reason, clock.instant());
        executions.update(failed);
        publish(new ExecutionEvent.Failed(RecordEvent.newId(), clock.instant(), failed));
        handOver(failed);
    }

    /**
     * Fails the executions whose next step was lost, so the ones behind them on the same record can run, and forgets
     * old step causes. Safe on every instance at once: each execution is failed under its lock, once.
     */
    public void sweep() {
        for (WorkflowExecution stalled : executions.stalled(QUIET)) {
            transactions.inTransaction(() -> {
                executions.findForUpdate(stalled.workspaceId(), stalled.id())
                        .filter(execution -> !execution.status().isFinished()
                                && Objects.equals(execution.cursor(), stalled.cursor()))
                        .ifPresent(execution -> fail(execution, "Its next step was lost: the job carrying it ended"
                                + " without running it"));
                return null;
            });
        }
        causes.forgetCausesBefore(clock.instant().minus(CAUSES_KEPT));
    }

    /**
     * Inside the transaction that finished {@code execution}: the next one on its record may run now. Only a queued
     * one needs its first step queued again; one already under way has its own next job (a wait's is delayed).
     */
    void handOver(WorkflowExecution execution) {
        executions.nextInLine(execution).filter(next -> next.status() == ExecutionStatus.QUEUED)
                .ifPresent(next -> jobs.enqueue(stepJob(next, null)));
    }

    private void log(WorkflowExecution execution, WorkflowStep step, Instant started, Map<String, Object> output,
                     String error) {
        executions.appendStep(new StepRun(execution.id(), executions.steps(execution.id()).size(),
                execution.cursor(), step.type(), error == null ? StepRun.Status.COMPLETED : StepRun.Status.FAILED,
                started, clock.instant(), output, error));
    }

    private void publish(ExecutionEvent event) {
        outbox.append(List.of(ExecutionSnapshot.toOutbox(event)));
    }

    private static JobRequest stepJob(WorkflowExecution execution, Instant due) {
        WorkspaceId workspace = execution.workspaceId();
        var payload = Map.<String, Object>of("execution_id", execution.id().toString(), "cursor", execution.cursor());
        // Transactional work: a workflow's step goes before campaign-sized batches on the same queue.
        return JobRequest.of(workspace, QueueName.WORKFLOW, STEP_JOB, payload).withPriority(3).runAt(due);
    }
}
