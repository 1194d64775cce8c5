package com.axolop.crm.adapter.postgres.form;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.form.FormRepository;
import com.axolop.crm.application.form.FormRepositoryContract;

class PostgresFormRepositoryTest extends FormRepositoryContract {
    @Override
    protected FormRepository createFormRepository() {
        return new PostgresFormRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
