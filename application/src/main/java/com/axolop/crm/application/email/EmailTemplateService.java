package com.axolop.crm.application.email;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Custom email templates: a template that does not compile, or reaches for Java, is never stored. */
public class EmailTemplateService
        extends RecordService<EmailTemplate, EmailTemplateDetails, EmailTemplateFilter, EmailTemplateSortField>
        implements ManageEmailTemplatesUseCase {
    public static final RecordKind<EmailTemplate> KIND = new RecordKind<>("email", "template",
            "Email template not found", EmailTemplateSnapshot::of);

    private final EmailTemplates templates;

    public EmailTemplateService(EmailTemplateRepository repository, EmailTemplates templates, RecordWritePorts ports) {
        super(repository, KIND, ports);
        this.templates = Objects.requireNonNull(templates);
    }

    @Override
    protected Change<EmailTemplate> created(Id<EmailTemplate> id, Actor actor, EmailTemplateDetails details,
                                            Instant now) {
        return EmailTemplate.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    protected void checkWrite(EmailTemplate template, EmailTemplate previous) {
        templates.check(source(template));
    }

    @Override
    public RenderedEmail preview(Actor actor, String template, CustomFields data) {
        if (EmailTemplates.BASE.contains(template)) {
            return templates.render(new TemplateSource.Base(template), Map.of(), data);
        }
        Id<EmailTemplate> id;
        try {
            id = new Id<>(UUID.fromString(template));
        } catch (IllegalArgumentException e) {
            throw KIND.notFound();
        }
        Map<String, Object> stored = get(actor, id).fields();
        var custom = new TemplateSource.Custom((String) stored.get("name"), (String) stored.get("subject"),
                (String) stored.get("html"));
        return templates.render(custom, Map.of(), data);
    }

    private static TemplateSource.Custom source(EmailTemplate template) {
        return new TemplateSource.Custom(template.details().name(), template.details().subject(),
                template.details().html());
    }
}
