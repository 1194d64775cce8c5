package com.axolop.crm.application.form;

class InMemoryFormRepositoryTest extends FormRepositoryContract {
    @Override
    protected FormRepository createFormRepository() {
        return new InMemoryFormRepository();
    }
}
