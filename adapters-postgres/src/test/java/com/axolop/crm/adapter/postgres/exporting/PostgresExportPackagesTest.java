package com.axolop.crm.adapter.postgres.exporting;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.exporting.ExportPackages;
import com.axolop.crm.application.exporting.ExportPackagesContract;

class PostgresExportPackagesTest extends ExportPackagesContract {
    private final ExportPackages exports = new PostgresExportPackages(
            new PostgresTransactionRunner(TestDatabase.get().dataSource()));

    @Override
    protected ExportPackages exports() {
        return exports;
    }
}
