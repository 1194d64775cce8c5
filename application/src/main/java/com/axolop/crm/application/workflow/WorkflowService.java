package com.axolop.crm.application.workflow;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.record.GenerationCache;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import java.time.Instant;

/** Workflow definitions, with cached reads (the contract's workflow cache: read often, by every run). */
public class WorkflowService extends RecordService<Workflow, WorkflowDetails, WorkflowFilter, WorkflowSortField>
        implements ManageWorkflowsUseCase {
    public static final RecordKind<Workflow> KIND =
            new RecordKind<>("workflow", "workflow", "Workflow not found", WorkflowSnapshot::of);

    public WorkflowService(WorkflowRepository workflows, RecordWritePorts ports, Cache cache) {
        super(workflows, KIND, ports, new GenerationCache<>(cache, CacheRegion.WORKFLOWS, "workflow"));
    }

    @Override
    protected Change<Workflow> created(Id<Workflow> id, Actor actor, WorkflowDetails details, Instant now) {
        return Workflow.create(id, actor.workspace(), details, actor.user(), now);
    }
}
