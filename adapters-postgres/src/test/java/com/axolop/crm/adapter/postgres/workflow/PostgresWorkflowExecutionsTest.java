package com.axolop.crm.adapter.postgres.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.job.PostgresJobQueue;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.workflow.TestWorkflows;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL store of executions answers: which unfinished executions no job will move on. */
class PostgresWorkflowExecutionsTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresWorkflowExecutions executions = new PostgresWorkflowExecutions(db);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final Workflow workflow = new Workflow(Id.newId(), workspace, TestWorkflows.details("Flow"),
            Revision.first(new UserId("u"), Instant.now()));

    private WorkflowExecution stored(UUID record, Instant createdAt) {
        var execution = WorkflowExecution.queued(workspace, workflow, "lead", record, null, 0, createdAt);
        executions.insert(execution);
        return execution;
    }

    private boolean stalled(WorkflowExecution execution) {
        return executions.stalled(Duration.ZERO).stream().anyMatch(found -> found.id().equals(execution.id()));
    }

    @Test
    void anUnfinishedExecutionWithoutAJobIsStalled() {
        WorkflowExecution lost = stored(UUID.randomUUID(), Instant.now().minusSeconds(60));

        assertThat(stalled(lost)).isTrue();
    }

    @Test
    void anExecutionWhoseStepJobWaitsIsNotStalled() {
        WorkflowExecution moving = stored(UUID.randomUUID(), Instant.now().minusSeconds(60));
        new PostgresJobQueue(db).enqueue(JobRequest.of(workspace, QueueName.WORKFLOW, "step",
                Map.of("execution_id", moving.id().toString(), "cursor", "0")));

        assertThat(stalled(moving)).isFalse();
    }

    @Test
    void anExecutionWaitingItsTurnBehindAnotherIsNotStalled() {
        UUID record = UUID.randomUUID();
        WorkflowExecution first = stored(record, Instant.now().minusSeconds(60));
        WorkflowExecution behind = stored(record, Instant.now().minusSeconds(30));

        assertThat(stalled(first)).isTrue();
        assertThat(stalled(behind)).isFalse();
        assertThat(executions.nextInLine(first)).map(WorkflowExecution::id).contains(behind.id());
    }

    @Test
    void aFinishedExecutionIsNeverStalled() {
        WorkflowExecution done = stored(UUID.randomUUID(), Instant.now().minusSeconds(60));
        executions.update(done.started(Instant.now()).advancedTo(null, false, Instant.now()));

        assertThat(stalled(done)).isFalse();
    }
}
