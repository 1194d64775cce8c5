package com.axolop.crm.application.workflow;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.Workflow;
import java.util.List;

public interface WorkflowRepository extends RecordRepository<Workflow, WorkflowFilter, WorkflowSortField> {
    /**
     * The workspace's workflows an event of {@code eventType} starts (active, triggered by that event), oldest
     * first. Asked for every event, so the store answers it from an index.
     */
    List<Workflow> activeFor(WorkspaceId workspace, String eventType);
}
