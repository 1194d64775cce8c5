package com.axolop.crm.application.idempotency;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {
    @Override
    protected Store createStore() {
        InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
        return new Store(keys, keys.transactions());
    }
}
