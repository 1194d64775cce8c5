package com.axolop.crm.application.workflow;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.record.GenerationCache;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.webhook.WebhookTargets;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.CallWebhook;
import com.axolop.crm.domain.workflow.StepPaths;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workflow definitions, with cached reads (the contract's workflow cache: read often, by every run). A webhook
 * step's URL is checked on save by the same rules as webhook subscriptions'.
 */
public class WorkflowService extends RecordService<Workflow, WorkflowDetails, WorkflowFilter, WorkflowSortField>
        implements ManageWorkflowsUseCase {
    public static final RecordKind<Workflow> KIND =
            new RecordKind<>("workflow", "workflow", "Workflow not found", WorkflowSnapshot::of);

    private final WebhookTargets targets;

    public WorkflowService(WorkflowRepository workflows, RecordWritePorts ports, Cache cache,
                           WebhookTargets targets) {
        super(workflows, KIND, ports, new GenerationCache<>(cache, CacheRegion.WORKFLOWS, "workflow"));
        this.targets = Objects.requireNonNull(targets);
    }

    @Override
    protected Change<Workflow> created(Id<Workflow> id, Actor actor, WorkflowDetails details, Instant now) {
        return Workflow.create(id, actor.workspace(), details, actor.user(), now);
    }

    /** Each webhook step's URL, unless the workflow already called it before this change (that one passed then). */
    @Override
    protected void checkWrite(Workflow record, Workflow previous) {
        Set<String> known = previous == null ? Set.of() : StepPaths.webhooks(previous.details().steps()).values()
                .stream().map(CallWebhook::url).collect(Collectors.toSet());
        var violations = new ArrayList<FieldViolation>();
        StepPaths.webhooks(record.details().steps()).forEach((path, webhook) -> {
            if (!known.contains(webhook.url())) {
                try {
                    targets.check(webhook.url());
                } catch (IllegalArgumentException e) {
                    String field = StepPaths.field(path) + ".url";
                    violations.add(new FieldViolation(field, field + " " + e.getMessage()));
                }
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
    }
}
