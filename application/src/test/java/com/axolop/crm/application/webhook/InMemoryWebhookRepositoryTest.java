package com.axolop.crm.application.webhook;

class InMemoryWebhookRepositoryTest extends WebhookRepositoryContract {
    @Override
    protected WebhookRepository createWebhookRepository() {
        return new InMemoryWebhookRepository();
    }
}
