package com.axolop.crm.application.webhook;

class InMemoryWebhookDeliveriesTest extends WebhookDeliveriesContract {
    @Override
    protected WebhookDeliveries createDeliveries() {
        return new InMemoryWebhookDeliveries();
    }

    @Override
    protected WebhookRepository createSubscriptions() {
        return new InMemoryWebhookRepository();
    }
}
