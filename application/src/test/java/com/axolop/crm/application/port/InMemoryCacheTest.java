package com.axolop.crm.application.port;

class InMemoryCacheTest extends CacheContract {
    @Override
    protected Cache createCache() {
        return new InMemoryCache();
    }
}
