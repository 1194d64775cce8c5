package com.axolop.crm.application.port;

class InMemoryFileStoreTest extends FileStoreContract {
    @Override
    protected FileStore createFileStore() {
        return new InMemoryFileStore();
    }
}
