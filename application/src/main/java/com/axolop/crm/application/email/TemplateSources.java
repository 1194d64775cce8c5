package com.axolop.crm.application.email;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a template reference (a campaign's, a workflow's send_email) names: a base template by its name, or one of
 * the workspace's own email templates by its id.
 */
public final class TemplateSources {
    public static final String EXPECTED = "must be a base template (" + String.join(", ",
            EmailTemplates.BASE.stream().sorted().toList()) + ") or the id of one of this workspace's email templates";

    private final EmailTemplateRepository custom;

    public TemplateSources(EmailTemplateRepository custom) {
        this.custom = Objects.requireNonNull(custom);
    }

    /** The template {@code template} names in the workspace; empty when it names none (or one deleted since). */
    public Optional<TemplateSource> find(WorkspaceId workspace, String template) {
        if (EmailTemplates.BASE.contains(template)) {
            return Optional.of(new TemplateSource.Base(template));
        }
        UUID id;
        try {
            id = UUID.fromString(template);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return custom.findById(workspace, new Id<>(id)).map(found -> new TemplateSource.Custom(
                found.details().name(), found.details().subject(), found.details().html()));
    }
}
