package com.axolop.crm.application.workflow;

class InMemoryWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected WorkflowRepository createWorkflowRepository() {
        return new InMemoryWorkflowRepository();
    }
}
