package com.axolop.crm.application.email;

import com.axolop.crm.application.record.ManageRecordsUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.shared.CustomFields;

public interface ManageEmailTemplatesUseCase
        extends ManageRecordsUseCase<EmailTemplate, EmailTemplateDetails, EmailTemplateFilter, EmailTemplateSortField> {
    /**
     * Renders a template with {@code data}: a base one by its name, or one of the workspace's by its id. A template
     * that cannot render with that data is refused naming the field, line and column.
     */
    RenderedEmail preview(Actor actor, String template, CustomFields data);
}
