package com.axolop.crm.application.email;

import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import java.util.Map;

/**
 * Test fake of {@link EmailTemplates}: renders "{template} for {lead.name}" plus the data's JSON, refuses on save a
 * source containing "BROKEN", and cannot render the base template "broken" or a custom one containing "BROKEN".
 */
public final class FakeEmailTemplates implements EmailTemplates {
    @Override
    public void check(TemplateSource.Custom template) {
        if (template.html().contains("BROKEN")) {
            throw new InvalidFieldException("html", "has a syntax error at line 1, column 1: BROKEN");
        }
    }

    @Override
    public RenderedEmail render(TemplateSource template, Map<String, Object> values, CustomFields data) {
        String name = switch (template) {
            case TemplateSource.Base base -> base.name();
            case TemplateSource.Custom custom -> {
                check(custom);
                yield custom.name();
            }
        };
        if (name.equals("broken")) {
            throw new InvalidFieldException("html", "could not be rendered at line 1, column 1");
        }
        Object lead = values.get("lead") instanceof Map<?, ?> fields ? fields.get("name") : null;
        String line = name + " for " + lead + " " + data.json();
        return new RenderedEmail(line, "<p>" + line + "</p>", line);
    }
}
