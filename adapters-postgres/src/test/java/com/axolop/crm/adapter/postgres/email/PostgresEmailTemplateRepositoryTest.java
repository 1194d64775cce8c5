package com.axolop.crm.adapter.postgres.email;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.email.EmailTemplateRepository;
import com.axolop.crm.application.email.EmailTemplateRepositoryContract;

class PostgresEmailTemplateRepositoryTest extends EmailTemplateRepositoryContract {
    @Override
    protected EmailTemplateRepository createTemplateRepository() {
        return new PostgresEmailTemplateRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
