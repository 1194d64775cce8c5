package com.axolop.crm.application.email;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.email.EmailTemplate;

public interface EmailTemplateRepository
        extends RecordRepository<EmailTemplate, EmailTemplateFilter, EmailTemplateSortField> {
}
