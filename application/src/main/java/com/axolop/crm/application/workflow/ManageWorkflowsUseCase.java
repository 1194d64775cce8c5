package com.axolop.crm.application.workflow;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.domain.workflow.Workflow;
import com.axolop.crm.domain.workflow.WorkflowDetails;

/** Workflow definitions: create, read, list, replace and delete them (running them is another use case). */
public interface ManageWorkflowsUseCase
        extends ManageRecordsUseCase<Workflow, WorkflowDetails, WorkflowFilter, WorkflowSortField> {
}
