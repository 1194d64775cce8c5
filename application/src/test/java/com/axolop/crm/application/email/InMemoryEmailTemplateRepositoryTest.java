package com.axolop.crm.application.email;

class InMemoryEmailTemplateRepositoryTest extends EmailTemplateRepositoryContract {
    @Override
    protected EmailTemplateRepository createTemplateRepository() {
        return new InMemoryEmailTemplateRepository();
    }
}
