package com.axolop.crm.application.shared;

class InMemoryCacheTest extends CacheContract {
    @Override
    protected Cache createCache() {
        return new InMemoryCache();
    }
}
