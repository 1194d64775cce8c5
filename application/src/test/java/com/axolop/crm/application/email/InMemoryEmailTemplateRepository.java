package com.axolop.crm.application.email;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.email.EmailTemplate;
import java.util.Comparator;

/** Test fake of {@link EmailTemplateRepository}. */
public class InMemoryEmailTemplateRepository
        extends InMemoryRecordRepository<EmailTemplate, EmailTemplateFilter, EmailTemplateSortField>
        implements EmailTemplateRepository {
    public InMemoryEmailTemplateRepository() {
        super((template, filter) -> within(template.revision().createdAt(), filter.created()),
                InMemoryEmailTemplateRepository::order);
    }

    private static Comparator<EmailTemplate> order(EmailTemplateSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(template -> template.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(template -> template.revision().updatedAt());
            case NAME -> Comparator.comparing(template -> template.details().name());
        };
    }
}
