package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.adapter.rest.shared.RecordRoutes;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.workflow.ManageWorkflowsUseCase;
import com.axolop.crm.application.workflow.WorkflowFilter;
import com.axolop.crm.application.workflow.WorkflowService;
import com.axolop.crm.application.workflow.WorkflowSortField;
import com.axolop.crm.domain.workflow.Trigger;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/** {@code /api/v1/workflows}: workflow definitions, through the record routes. */
public final class WorkflowHttpService implements HttpService {
    public static final String PATH = "/api/v1/workflows";

    private final RecordRoutes<Workflow, WorkflowDetails, WorkflowFilter, WorkflowSortField> records;

    public WorkflowHttpService(ManageWorkflowsUseCase workflows) {
        this.records = new RecordRoutes<>(new RecordResource<>(PATH, WorkflowService.KIND, workflows,
                WorkflowJson::details, WorkflowHttpService::filter, WorkflowSortField.class,
                new Sort<>(WorkflowSortField.CREATED_AT, Sort.Direction.DESC), List.of()));
    }

    @Override
    public void routing(HttpRules rules) {
        records.routing(rules);
    }

    /** {@code active}, {@code trigger} (an event type: the workflows it starts) and the creation range. */
    private static WorkflowFilter filter(QueryParams params) {
        return new WorkflowFilter(params.bool("active"), params.parsed("trigger", Trigger::eventType),
                params.dateRange());
    }
}
