package com.axolop.crm.application.contact;

class InMemoryContactRepositoryTest extends ContactRepositoryContract {
    @Override
    protected ContactRepository createContactRepository() {
        return new InMemoryContactRepository();
    }
}
