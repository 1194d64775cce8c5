package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.workflow.ExecuteWorkflowUseCase;
import com.axolop.crm.application.workflow.ExecutionDetails;
import com.axolop.crm.application.workflow.ExecutionSnapshot;
import com.axolop.crm.application.workflow.ManageWorkflowsUseCase;
import com.axolop.crm.application.workflow.WorkflowFilter;
import com.axolop.crm.application.workflow.WorkflowService;
import com.axolop.crm.application.workflow.WorkflowSortField;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code /api/v1/workflows}: workflow definitions, through the record routes. */
public final class WorkflowHttpService implements HttpService {
    public static final String PATH = "/api/v1/workflows";

    private final RecordRoutes<Workflow, WorkflowDetails, WorkflowFilter, WorkflowSortField> records;
    private final ExecuteWorkflowUseCase runs;
    private final RateLimitGate gate;
    private final RateLimit executions;

    /** Executing is limited per user by the contract's workflow class (10 a minute by default). */
    public WorkflowHttpService(ManageWorkflowsUseCase workflows, ExecuteWorkflowUseCase runs, RateLimitGate gate,
                               RateLimits limits) {
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, WorkflowService.KIND, workflows,
                WorkflowJson::details, WorkflowHttpService::filter, WorkflowSortField.class,
                new Sort<>(WorkflowSortField.CREATED_AT, Sort.Direction.DESC), List.of()));
        this.runs = Objects.requireNonNull(runs);
        this.gate = Objects.requireNonNull(gate);
        this.executions = limits.workflowExecution();
    }

    @Override
    public void routing(HttpRules rules) {
        Handler execute = Reply.handler(this::execute);
        rules.post("/{id}/execute", (req, res) -> {
                    Actor actor = AuthenticationFilter.actor(req);
                    gate.pass("user:" + actor.workspace() + ":" + actor.user(), executions, res);
                    execute.handle(req, res);
                })
                .any("/{id}/execute", Responses.methodNotAllowed("POST"))
                .get("/{id}/executions", this::executions)
                .any("/{id}/executions", Responses.methodNotAllowed("GET"))
                .post("/{id}/executions/{executionId}/cancel", Reply.handler(this::cancel))
                .any("/{id}/executions/{executionId}/cancel", Responses.methodNotAllowed("POST"))
                .get("/{id}/executions/{executionId}", this::execution)
                .any("/{id}/executions/{executionId}", Responses.methodNotAllowed("GET"));
        records.routing(rules);
    }

    /** {@code {"record_type": "lead"|"contact"|"opportunity", "record_id": ...}} or {@code {"lead_id": ...}}. */
    private Reply execute(ServerRequest req) {
        Id<Workflow> id = records.id(req);
        ExecutionRequest target = ExecutionRequest.read(JsonBody.read(req));
        WorkflowExecution execution = runs.execute(AuthenticationFilter.actor(req), id, target.recordType(),
                target.recordId());
        return Reply.data(Status.ACCEPTED_202, Map.of("execution_id", execution.id().toString(),
                "status", execution.status().apiName()));
    }

    private void executions(ServerRequest req, ServerResponse res) {
        Id<Workflow> id = records.id(req);
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        ExecutionStatus status = params.parsed("status", ExecutionRequest::status);
        PageRequest page = params.page();
        errors.throwIfAny();
        Responses.page(res, runs.executions(AuthenticationFilter.actor(req), id, status, page),
                ExecutionSnapshot::of);
    }

    private void execution(ServerRequest req, ServerResponse res) {
        ExecutionDetails details = runs.execution(AuthenticationFilter.actor(req), records.id(req), executionId(req));
        var body = new LinkedHashMap<>(ExecutionSnapshot.of(details.execution()));
        body.put("steps", details.steps().stream().map(ExecutionSnapshot::of).toList());
        Responses.data(res, Status.OK_200, body);
    }

    private Reply cancel(ServerRequest req) {
        WorkflowExecution cancelled = runs.cancel(AuthenticationFilter.actor(req), records.id(req), executionId(req));
        return Reply.data(Status.OK_200, ExecutionSnapshot.of(cancelled));
    }

    private static Id<WorkflowExecution> executionId(ServerRequest req) {
        try {
            return Id.parse(req.path().pathParameters().get("executionId"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Execution not found");
        }
    }

    /** {@code active}, {@code trigger} (an event type: the workflows it starts) and the creation range. */
    private static WorkflowFilter filter(QueryParams params) {
        return new WorkflowFilter(params.bool("active"), params.parsed("trigger", Trigger::eventType),
                params.dateRange());
    }
}
