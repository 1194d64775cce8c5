package com.axolop.crm.application.workflow;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.workflow.Workflow;
import java.util.Comparator;
import java.util.List;

/** Test fake of {@link WorkflowRepository}. */
public class InMemoryWorkflowRepository extends InMemoryRecordRepository<Workflow, WorkflowFilter, WorkflowSortField>
        implements WorkflowRepository {
    public InMemoryWorkflowRepository() {
        super(InMemoryWorkflowRepository::matches, InMemoryWorkflowRepository::order);
    }

    @Override
    public List<Workflow> activeFor(WorkspaceId workspace, String eventType) {
        return all().stream()
                .filter(workflow -> workflow.workspaceId().equals(workspace) && workflow.isTriggeredBy(eventType))
                .sorted(Comparator.comparing((Workflow workflow) -> workflow.revision().createdAt())
                        .thenComparing(workflow -> workflow.id().value(), UUID_ORDER))
                .toList();
    }

    private static boolean matches(Workflow workflow, WorkflowFilter filter) {
        var d = workflow.details();
        return (filter.active() == null || filter.active() == d.active())
                && (filter.trigger() == null || filter.trigger().equals(d.trigger().event()))
                && within(workflow.revision().createdAt(), filter.created());
    }

    private static Comparator<Workflow> order(WorkflowSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(workflow -> workflow.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(workflow -> workflow.revision().updatedAt());
            case NAME -> Comparator.comparing(workflow -> workflow.details().name());
        };
    }
}
