package com.axolop.crm.adapter.postgres.webhook;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.secret.ReversibleTestCipher;
import com.axolop.crm.application.webhook.WebhookRepository;
import com.axolop.crm.application.webhook.WebhookRepositoryContract;

class PostgresWebhookRepositoryTest extends WebhookRepositoryContract {
    @Override
    protected WebhookRepository createWebhookRepository() {
        return new PostgresWebhookRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()),
                new ReversibleTestCipher());
    }
}
