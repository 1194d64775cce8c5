package com.axolop.crm.application.exporting;

class InMemoryExportPackagesTest extends ExportPackagesContract {
    private final InMemoryExportPackages exports = new InMemoryExportPackages();

    @Override
    protected ExportPackages exports() {
        return exports;
    }
}
