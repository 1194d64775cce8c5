package com.axolop.crm.adapter.postgres.contact;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.contact.ContactRepository;
import com.axolop.crm.application.contact.ContactRepositoryContract;

class PostgresContactRepositoryTest extends ContactRepositoryContract {
    @Override
    protected ContactRepository createContactRepository() {
        return new PostgresContactRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
