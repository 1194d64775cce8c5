package com.axolop.crm.adapter.postgres.workflow;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.secret.ReversibleTestCipher;
import com.axolop.crm.application.workflow.WorkflowRepository;
import com.axolop.crm.application.workflow.WorkflowRepositoryContract;

class PostgresWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected WorkflowRepository createWorkflowRepository() {
        return new PostgresWorkflowRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()),
                new ReversibleTestCipher());
    }
}
