package com.axolop.crm.adapter.postgres.webhook;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.secret.ReversibleTestCipher;
import com.axolop.crm.application.webhook.WebhookDeliveries;
import com.axolop.crm.application.webhook.WebhookDeliveriesContract;
import com.axolop.crm.application.webhook.WebhookRepository;

class PostgresWebhookDeliveriesTest extends WebhookDeliveriesContract {
    private static final PostgresTransactionRunner DB = new PostgresTransactionRunner(TestDatabase.get().dataSource());

    @Override
    protected WebhookDeliveries createDeliveries() {
        return new PostgresWebhookDeliveries(DB);
    }

    @Override
    protected WebhookRepository createSubscriptions() {
        return new PostgresWebhookRepository(DB, new ReversibleTestCipher());
    }
}
