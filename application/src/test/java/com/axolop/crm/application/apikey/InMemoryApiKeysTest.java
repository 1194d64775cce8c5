package com.axolop.crm.application.apikey;

class InMemoryApiKeysTest extends ApiKeysContract {
    @Override
    protected ApiKeys createKeys() {
        return new InMemoryApiKeys();
    }
}
