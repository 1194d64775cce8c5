package com.axolop.crm.application.importing;

class InMemoryImportsTest extends ImportsContract {
    @Override
    protected Imports createImports() {
        return new InMemoryImports();
    }
}
