package com.axolop.crm.adapter.postgres.file;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.port.FileStore;
import com.axolop.crm.application.port.FileStoreContract;

class PostgresFileStoreTest extends FileStoreContract {
    @Override
    protected FileStore createFileStore() {
        return new PostgresFileStore(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
