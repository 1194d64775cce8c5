package com.axolop.crm.adapter.postgres.importing;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.importing.Imports;
import com.axolop.crm.application.importing.ImportsContract;

class PostgresImportsTest extends ImportsContract {
    @Override
    protected Imports createImports() {
        return new PostgresImports(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
